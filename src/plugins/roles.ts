/**
 * Helpers for stages that label lines. A line is claimed once: the first
 * stage to recognise it decides, and later stages skip it.
 */
import type {VFile} from 'vfile'
import type {LineLabel} from '../data.js'

export function isFree(file: VFile, index: number): boolean {
  return file.data.roles?.[index]?.label === 'other'
}

export function claim(file: VFile, index: number, label: LineLabel, rule: string): void {
  const roles = file.data.roles
  if (roles && index >= 0 && index < roles.length) roles[index] = {label, rule}
}

export function labelOf(file: VFile, index: number): LineLabel | undefined {
  return file.data.roles?.[index]?.label
}
