/** The plain-text note a helpdesk pastes into a ticket, and the links it and the page's Copy link buttons give. */
import type { ErrorDetails } from './error-details.ts';
import { AUDIENCES, audiencePhrase, type Audience } from '../../schemas/vocabulary.ts';
import { ticketCauseLabel } from '../site/cause-ranking.ts';

/** A fix or cause the note points to, by its anchor on the code page. */
export interface TicketLink {
  title: string;
  anchor: string;
}

/** The page's first cause; `ranked: false` where the page does not call it the most likely (`causesRanked`). */
export interface TicketCause extends TicketLink {
  ranked?: boolean;
}

export interface TicketStep extends TicketLink {
  audience: Audience;
}

export interface TicketNoteInput {
  code: string;
  title: string;
  /** Microsoft's message, each placeholder in brackets as the kind of value it stands for (messageWithMarkedSlots); '' where none is recorded. */
  message?: string;
  /** The code page's address, without view or anchor. */
  url: string;
  /** The view chosen with "Show steps for" (`?for=`), or '' for everyone. */
  audience: Audience | '';
  likelyCause?: TicketCause;
  /** The next steps for the view chosen, first to try first. */
  nextSteps: readonly TicketStep[];
  details: ErrorDetails;
}

const MISSING = '(not given: copy it from the error screen)';

/**
 * The address of a code page in one view (`?for=admin`), optionally at one anchor: what Copy link copies and
 * the ticket note links, so that whoever opens it sees the steps that were chosen. Other query parameters go.
 */
export function viewLink(pageUrl: string, audience: string, anchor = ''): string {
  const url = new URL(pageUrl);
  url.search = '';
  if (audience) url.searchParams.set('for', audience);
  url.hash = anchor;
  return url.href;
}

export function ticketNote(input: TicketNoteInput): string {
  const { details, audience } = input;
  const link = (anchor: string) => viewLink(input.url, audience, anchor);
  const steps = input.nextSteps.map((step, index) => {
    // In the view for everyone, say whose step each one is; in one audience's view they are all theirs.
    const who = audience ? '' : ` (${AUDIENCES[step.audience].short.toLowerCase()})`;
    return `${index + 1}. ${step.title}${who}\n   ${link(step.anchor)}`;
  });
  return [
    `AADSTS${input.code}: ${input.title}`,
    ...(input.message ? [`Microsoft's message${input.message.includes('[') ? ' (values in [brackets] vary)' : ''}: ${input.message}`] : []),
    '',
    `Request ID: ${details.requestId ?? MISSING}`,
    `Correlation ID: ${details.correlationId ?? MISSING}`,
    `Timestamp: ${details.timestamp ?? MISSING}`,
    ...(input.likelyCause ? ['', `${ticketCauseLabel(input.likelyCause.title, input.likelyCause.ranked ?? true)}: ${input.likelyCause.title}`, `   ${link(input.likelyCause.anchor)}`] : []),
    ...(steps.length > 0 ? [audience ? `Next steps for ${audiencePhrase(audience)}:` : 'Next steps:', ...steps] : []),
    '',
    `Details: ${link('')}`,
  ].join('\n');
}
