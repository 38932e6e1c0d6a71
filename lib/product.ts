/** The product's name, as page titles and the header show it. */
export const PRODUCT_NAME = "Kafka Replication Advisor";

/** The title of a page about a plan: what a pasted link previews and what the tab shows. */
export function planTitle(optionShortName: string, soFar = false): string {
  return `${soFar ? "Recommended so far" : "Recommended"}: ${optionShortName} — ${PRODUCT_NAME}`;
}
