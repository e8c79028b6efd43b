/**
 * The simulation worker's entry point, bundled into `packages/cli/dist/simulate-worker.js` and
 * started by `startSimulationWorker`: runs one job and posts its messages to the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { runSimulationJob } from './run-simulation-job'
import type { WorkerData } from './worker-message'

if (!parentPort) throw new Error('simulate-worker.js runs as a worker thread, started by the zonecast command')
const port = parentPort
runSimulationJob(workerData as WorkerData, (message) => port.postMessage(message))
