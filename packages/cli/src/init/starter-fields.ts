/** What a starter scenario is filled in with. */
export interface StarterFields {
  /** the scenario's `id` as YAML (plain, or quoted when a plain scalar would not read as a string) */
  id: string
  /** the file as the user will name it in the commands the header suggests, e.g. `my-zone.yaml` */
  file: string
}
