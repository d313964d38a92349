import type { TemplateDefinition } from '@shared/contract/noteTemplates'
import { CRISIS, INTAKE } from './intakeCrisis'
import { CLOSURE, GROUP, REMOTE, SESSION_DAP, SESSION_SOAP } from './sessions'

/** The templates a centre starts with, in the order the template picker lists them. */
export const SHIPPED_TEMPLATES: readonly TemplateDefinition[] = [INTAKE, SESSION_SOAP, SESSION_DAP, CRISIS, GROUP, REMOTE, CLOSURE]
