import type { InstrumentDefinition } from '@shared/contract/instruments'
import { GAD7, PHQ9 } from './phq9'
import { LEVELS, SCL90, UPI } from './scl90Upi'

/** The instruments every centre starts with, in the order screens list them. */
export const SHIPPED_INSTRUMENTS: readonly InstrumentDefinition[] = [PHQ9, GAD7, SCL90, UPI, LEVELS]
