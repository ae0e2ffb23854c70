import { getLocale, getTranslations } from "next-intl/server";
import { peerChoices } from "@/lib/compare/peer-picker";
import { peerModes, populationBand, regionOfCity } from "@/lib/compare/peers";
import { selectionHref } from "@/lib/compare/url";
import { localized } from "@/lib/localized";
import type { Selection } from "@/server/compare/selection";

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const labelClass = "text-sm font-medium text-slate-800";

/**
 * The comparison's selection as a plain GET form: it works without JavaScript and leaves the
 * whole selection in the address, which is what makes a view shareable. The trend page adds its
 * indicator and has no year.
 */
export async function SelectionForm({
  action,
  view,
  indicators,
  find,
}: {
  action: "/compare" | "/compare/trends";
  view: Selection;
  indicators?: { options: { code: string; label: string }[]; value: string };
  /** What the reader looked for among the cities to pick from. */
  find?: string;
}) {
  const [t, tt, locale] = await Promise.all([getTranslations("compare"), getTranslations("trends"), getLocale()]);
  const { selection, own } = view;
  const cityName = (city: { nameVi: string; nameEn: string }) => localized(city, "name", locale) ?? "";
  const region = regionOfCity(own);
  const band = populationBand(own.population);
  const modeLabel = (mode: (typeof peerModes)[number]) =>
    t(`form.modes.${mode}`, {
      province: localized(own, "province", locale) ?? "",
      region: t(`regions.${region ?? "unknown"}`),
      band: t(`bands.${band ?? "unknown"}`),
    });
  const candidates = view.cities.filter((c) => c.id !== own.id);
  const picked = new Set(selection.peer);
  // Every city but the compared one is a candidate, whether or not the selection loaded it.
  const choices = peerChoices(candidates, picked, find, view.cityCount - 1);
  const share = selectionHref(action, { ...selection, year: action === "/compare" ? selection.year : undefined, indicator: indicators?.value });

  return (
    <form method="get" action={action} aria-label={t("form.label")} className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <label className={labelClass}>
          {t("form.framework")}
          <select name="framework" defaultValue={selection.framework} className={selectClass}>
            {view.frameworks.map((f) => (
              <option key={f.code} value={f.code}>
                {localized(f, "title", locale)}
              </option>
            ))}
          </select>
        </label>
        {indicators ? (
          <label className={labelClass}>
            {tt("indicator")}
            <select name="indicator" defaultValue={indicators.value} className={selectClass}>
              {indicators.options.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label className={labelClass}>
            {t("form.year")}
            <select name="year" defaultValue={selection.year} className={selectClass}>
              {view.years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
        )}
        {view.cityChoices.length > 1 ? (
          <label className={labelClass}>
            {t("form.city")}
            <select name="city" defaultValue={own.slug} className={selectClass}>
              {view.cityChoices.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {cityName(c)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <div className={labelClass}>
            {t("form.city")}
            <p className="mt-1 py-1.5 font-normal">{cityName(own)}</p>
            <input type="hidden" name="city" value={own.slug} />
          </div>
        )}
      </div>

      <fieldset>
        <legend className={labelClass}>{t("form.peers")}</legend>
        <div className="mt-1 space-y-1">
          {peerModes.map((mode) => (
            <label key={mode} className="flex items-center gap-2 text-sm">
              <input type="radio" name="peers" value={mode} defaultChecked={selection.peers === mode} className="h-4 w-4" />
              {modeLabel(mode)}
            </label>
          ))}
        </div>
      </fieldset>

      <details open={selection.peers === "manual"} className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-medium">{t("form.pick")}</summary>
        <fieldset className="mt-2">
          <legend className="text-xs text-slate-600">{t("form.pickHint")}</legend>
          {choices.mode === "search" && (
            <div className="mt-2 space-y-1">
              <label className={labelClass}>
                {t("form.find")}
                <span className="mt-1 flex gap-2">
                  <input type="search" name="find" defaultValue={find ?? ""} className="block w-full max-w-md rounded-md border border-slate-300 px-2 py-1.5 text-sm font-normal" />
                  <button type="submit" className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50">
                    {t("form.findSubmit")}
                  </button>
                </span>
              </label>
              <p className="text-xs text-slate-600" data-testid="peer-search-state">
                {find ? t("form.found", { listed: choices.found, more: choices.moreFound }) : t("form.findHint", { count: view.cityCount - 1 })}
              </p>
            </div>
          )}
          <div className="mt-2 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
            {choices.listed.map((c) => (
              <label key={c.slug} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="peer" value={c.slug} defaultChecked={picked.has(c.slug)} className="h-4 w-4" />
                <span>
                  {cityName(c)} <span className="text-slate-600">({localized(c, "province", locale)})</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </details>

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
          {indicators ? tt("submit") : t("form.submit")}
        </button>
        <p className="text-sm">
          <a href={share} className="text-brand-700 underline" data-testid="share-link">
            {t("form.share")}
          </a>{" "}
          <span className="text-slate-600">{t("form.shareHint")}</span>
        </p>
      </div>
    </form>
  );
}
