/**
 * An action's funding as IATI transactions, seen from the reporting organisation, as IATI reads
 * every transaction: what it gives is outgoing, what it receives is incoming.
 *
 * - The plan's owner publishing (the usual case: the planner's ministry is the reporting
 *   organisation) receives every partner's funding for the action: incoming commitment (11) and
 *   incoming funds (1), the partner providing. A row naming the publisher itself as Partner is its
 *   own money, given to the lead agency: outgoing commitment (2) and disbursement (3).
 * - A funding partner publishing (a donor names itself as reporting organisation and appears on
 *   an External row of the plan) reports its own rows as outgoing and leaves the other partners'
 *   flows to them, in every action: they are theirs to publish, and still show as funding
 *   organisations. The donor receives none of them.
 *
 * The plan's funding figures are totals to date with no date of their own: they are reported at
 * the export's date, the day the publisher vouches for them.
 */
import { sameText } from "../check/cells";
import type { IatiOrg, IatiTransaction } from "./activity";
import { code } from "./codelists";
import type { ActionRow, FundingRow } from "./plan-rows";

const INCOMING = { commitment: code("TransactionType", "11"), money: code("TransactionType", "1") };
const OUTGOING = { commitment: code("TransactionType", "2"), money: code("TransactionType", "3") };

/** A funding partner named as the reporting organisation is, by its name or its IATI identifier. */
export function isPublisher(partner: string, publisher: Required<IatiOrg>): boolean {
  return partner !== "" && (sameText(partner, publisher.name) || sameText(partner, publisher.ref));
}

/** Whether the reporting organisation publishes as a donor: an External funding row of the plan names it. */
export function publishesAsDonor(funding: FundingRow[], publisher: Required<IatiOrg>): boolean {
  return funding.some((f) => isPublisher(f.partner, publisher) && sameText(f.kind, "External"));
}

export function transactionsOf(action: ActionRow, funding: FundingRow[], publisher: Required<IatiOrg>, asDonor: boolean, today: string): IatiTransaction[] {
  const publisherOrg: IatiOrg = { name: publisher.name, ref: publisher.ref, type: publisher.type };
  interface Flow {
    f: FundingRow;
    codes: typeof INCOMING;
    provider?: IatiOrg;
    receiver?: IatiOrg;
  }
  const flows = funding.flatMap((f): Flow[] => {
    if (isPublisher(f.partner, publisher)) return [{ f, codes: OUTGOING, provider: publisherOrg, receiver: action.lead ? { name: action.lead } : undefined }];
    if (asDonor) return [];
    const from = f.partner || f.source;
    return [{ f, codes: INCOMING, provider: from ? { name: from } : undefined, receiver: publisherOrg }];
  });
  const out: IatiTransaction[] = [];
  // Commitments first, then the money that moved, each in the plan's row order.
  for (const kind of ["commitment", "money"] as const) {
    for (const { f, codes, provider, receiver } of flows) {
      const value = kind === "commitment" ? f.committed : f.disbursed;
      if (value === undefined || value <= 0) continue;
      out.push({
        type: codes[kind],
        date: today,
        value,
        valueDate: today,
        ...(f.source ? { description: f.source } : {}),
        ...(provider ? { providerOrg: provider } : {}),
        ...(receiver ? { receiverOrg: receiver } : {}),
      });
    }
  }
  return out;
}
