export interface PathologicalInput {
  /** Full size in bytes. */
  size: number
  /** Text of about `bytes` bytes. */
  build(bytes: number): string
}
export declare const PATHOLOGICAL_INPUTS: Record<string, PathologicalInput>
