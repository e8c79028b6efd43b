/**
 * The simulation worker's entry point, bundled into `packages/cli/dist/simulate-worker.js` and
 * started by `startSimulationWorker`, once per share of the draws: runs its share and posts its
 * part, then waits: the main thread either sends it every share's part to combine (it posts the
 * result and ends) or ends it.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { combineJob, runSimulationJob } from './run-simulation-job'
import type { PostMessage } from './run-simulation-job'
import type { MainMessage, WorkerData } from './worker-message'

if (!parentPort) throw new Error('simulate-worker.js runs as a worker thread, started by the zonecast command')
const port = parentPort
const post: PostMessage = (message, transfer) => port.postMessage(message, transfer)
if (runSimulationJob(workerData as WorkerData, post)) port.once('message', (message: MainMessage) => combineJob(message.parts, post))
