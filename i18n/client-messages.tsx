import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** What client components on every page read: the shell's, and the messages of a form's problems. */
export const sharedMessages = ["errors", "forms", "validation", "shell", "nav", "roles"] as const;

type Messages = { [key: string]: string | Messages };

/** The parts of `messages` under each dotted path ("review", "exports.download"), in the same shape. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    const last = keys.pop()!;
    let from: string | Messages | undefined = messages;
    let to = picked;
    for (const key of keys) {
      from = typeof from === "object" ? from[key] : undefined;
      const next: string | Messages = (to[key] ??= {});
      if (typeof next === "string") break;
      to = next;
    }
    const value = typeof from === "object" ? from[last] : undefined;
    if (value !== undefined) to[last] = value;
  }
  return picked;
}

/**
 * Hands the browser the messages the client components below it use: the shared ones and
 * `namespaces` (whole namespaces, or dotted parts of one). Server components translate on the
 * server and need none of them; tests/i18n/ checks each page gives what its client components name.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = (await getMessages()) as Messages;
  return <NextIntlClientProvider messages={pickMessages(messages, [...sharedMessages, ...namespaces])}>{children}</NextIntlClientProvider>;
}

/** `<ClientMessages>` around a page's content, in the form a page returns: `return withClientMessages([…], <div>…</div>);`. */
export function withClientMessages(namespaces: readonly string[], page: ReactNode) {
  return <ClientMessages namespaces={namespaces}>{page}</ClientMessages>;
}
