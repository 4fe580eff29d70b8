/** The plain-text note a helpdesk pastes into a ticket. */
import type { ErrorDetails } from './error-details.ts';

export interface TicketNoteInput {
  code: string;
  title: string;
  url: string;
  likelyCause: string;
  nextSteps: readonly string[];
  details: ErrorDetails;
}

const MISSING = '(not given: copy it from the error screen)';

export function ticketNote(input: TicketNoteInput): string {
  const { details } = input;
  return [
    `AADSTS${input.code}: ${input.title}`,
    '',
    `Request ID: ${details.requestId ?? MISSING}`,
    `Correlation ID: ${details.correlationId ?? MISSING}`,
    `Timestamp: ${details.timestamp ?? MISSING}`,
    '',
    `Most likely cause: ${input.likelyCause}`,
    'Next steps:',
    ...input.nextSteps.map((step, index) => `${index + 1}. ${step}`),
    '',
    `Details: ${input.url}`,
  ].join('\n');
}
