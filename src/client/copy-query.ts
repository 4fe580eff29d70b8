/** Copy buttons for KQL queries: each copies the query in the block just before it. */
import { copyWithFeedback } from './clipboard.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-text="kql"]')) {
  const query = button.closest('p')?.previousElementSibling?.textContent ?? '';
  button.hidden = false;
  button.addEventListener('click', () => void copyWithFeedback(button, query));
}
