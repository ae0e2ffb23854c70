import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Source } from "@/components/ui/source";
import { localized } from "@/lib/localized";
import type { listNetworkMembers } from "@/server/network/list-network-members";
import { formatCalendarDay } from "@/lib/format/dates";

type Member = Awaited<ReturnType<typeof listNetworkMembers>>[number] & { profileOpen: boolean };

/** A country's members as a vertical timeline, oldest first, each with its date and source. */
export async function MembersTimeline({ members }: { members: Member[] }) {
  const [t, locale] = await Promise.all([getTranslations("network.members"), getLocale()]);
  if (members.length === 0) return <p className="text-slate-700">{t("none")}</p>;
  return (
    <ol className="relative space-y-6 border-l-2 border-brand-100 pl-6">
      {members.map((member) => {
        const name = localized(member, "name", locale);
        const note = localized(member, "note", locale);
        const date = member.gnlcAdmittedOn
          ? formatCalendarDay(member.gnlcAdmittedOn)
          : member.gnlcAdmittedYear !== null
            ? String(member.gnlcAdmittedYear)
            : "–";
        return (
          <li key={member.id} className="relative" data-testid="member-item">
            <span aria-hidden="true" className="absolute top-1.5 -left-[1.95rem] size-3 rounded-full bg-brand-700 ring-4 ring-white" />
            <p className="text-sm font-medium text-brand-800">{t("admitted", { date })}</p>
            <h3 className="text-base font-semibold">
              <span data-testid="member-name">
                {member.profileOpen ? (
                  <Link href={`/cities/${member.slug}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
                    {name}
                  </Link>
                ) : (
                  name
                )}
              </span>
              <span className="ml-2 text-sm font-normal text-slate-600">{localized(member, "province", locale)}</span>
            </h3>
            {note && <p className="mt-1 max-w-3xl text-sm text-slate-800">{note}</p>}
            {member.sourceTitle && <Source label={t("source")} title={member.sourceTitle} url={member.sourceUrl} className="mt-1 text-slate-600" />}
          </li>
        );
      })}
    </ol>
  );
}
