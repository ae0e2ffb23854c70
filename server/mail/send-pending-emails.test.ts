import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { saveResponseSchema, type ResponseFields } from "@/lib/validation/assessments";
import { reviewActSchema } from "@/lib/validation/review";
import { makeAssessment, makeUser } from "@/tests/integration/fixtures";
import { completeAssessment } from "../assessments/complete-assessment";
import { saveResponse } from "../assessments/save-response";
import { db } from "../db";
import { takeReviewAct } from "../review/take-review-act";
import { outboxMailer, type Mailer } from "./mailer";
import { sendPendingEmails } from "./send-pending-emails";

const blank: ResponseFields = { numerator: null, denominator: null, value: null, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [] };
// Earlier test files leave their own notifications pending in the shared database.
const everything = { limit: 100_000 };

/** A filled, completed checklist that its official submits, with a Vietnamese and an English coordinator covering the city. */
async function submission() {
  const { city, official, framework, assessmentId } = await makeAssessment();
  const coordinatorVi = await makeUser("coordinator", { assignedCityIds: [city.id] });
  const coordinatorEn = await makeUser("coordinator", { assignedCityIds: [city.id] });
  await db().user.update({ where: { id: coordinatorEn.id }, data: { locale: "en" } });
  for (const [indicatorId, fields] of [[framework.rate.id, { numerator: 700, denominator: 1000 }], [framework.count.id, { value: 12 }]] as const) {
    await saveResponse(db(), official, saveResponseSchema.parse({ ...blank, ...fields, assessmentId, indicatorId, revision: 0 }));
  }
  await completeAssessment(db(), official, assessmentId);
  const submitted = await takeReviewAct(db(), official, reviewActSchema.parse({ assessmentId, act: "submit" }));
  expect(submitted.ok).toBe(true);
  return { city, official, assessmentId, coordinatorVi, coordinatorEn };
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function outbox() {
  const dir = await mkdtemp(path.join(tmpdir(), "outbox-"));
  dirs.push(dir);
  return {
    mailer: outboxMailer(dir, "Học tập <no-reply@localhost>"),
    /** The messages written so far to the given addresses, by address. */
    async to(...addresses: string[]) {
      const raws = await Promise.all((await readdir(dir)).map((file) => readFile(path.join(dir, file), "utf8")));
      return Object.fromEntries(addresses.map((address) => [address, raws.filter((raw) => raw.includes(`\r\nTo: ${address}\r\n`))]));
    },
  };
}

const pending = (assessmentId: string) => db().notification.findMany({ where: { assessmentId, emailedAt: null }, select: { userId: true } });

describe("sending the e-mail outbox", () => {
  it("mails a review step once to each recipient, in their own language, with a link to the checklist", async () => {
    const { city, official, assessmentId, coordinatorVi, coordinatorEn } = await submission();
    const box = await outbox();

    const first = await sendPendingEmails(db(), box.mailer, everything);
    expect(first.failed).toBe(0);
    const mails = await box.to(coordinatorVi.email, coordinatorEn.email, official.email);
    expect(mails[official.email]).toHaveLength(0);
    expect(mails[coordinatorVi.email]).toHaveLength(1);
    expect(mails[coordinatorEn.email]).toHaveLength(1);
    const [vi] = mails[coordinatorVi.email]!;
    const [en] = mails[coordinatorEn.email]!;
    expect(vi).toContain(`Kính gửi Test coordinator,\r\n\r\nTest official đã gửi phiếu Bộ thử năm 2025 của ${city.nameVi} để thẩm định.`);
    expect(en).toContain(`Test official submitted ${city.nameEn}'s Test set checklist for 2025 for review.`);
    expect(en).toMatch(new RegExp(`Details: http\\S+/assessments/${assessmentId}\\r\\n`));
    expect(await pending(assessmentId)).toEqual([]);

    // Nothing is sent twice.
    expect(await sendPendingEmails(db(), box.mailer, everything)).toEqual({ sent: 0, failed: 0 });
    expect(Object.values(await box.to(coordinatorVi.email, coordinatorEn.email)).map((m) => m.length)).toEqual([1, 1]);
  });

  it("leaves a message the mail server refuses pending for the next run, and still sends the others", async () => {
    const { assessmentId, coordinatorVi, coordinatorEn } = await submission();
    const box = await outbox();
    const refusingOne: Mailer = {
      async send(message) {
        if (message.to === coordinatorEn.email) throw new Error("550 mailbox unavailable");
        await box.mailer.send(message);
      },
    };

    const result = await sendPendingEmails(db(), refusingOne, everything);
    expect(result.failed).toBe(1);
    expect(await pending(assessmentId)).toEqual([{ userId: coordinatorEn.id }]);
    expect((await box.to(coordinatorVi.email))[coordinatorVi.email]).toHaveLength(1);

    expect(await sendPendingEmails(db(), box.mailer, everything)).toEqual({ sent: 1, failed: 0 });
    expect(await pending(assessmentId)).toEqual([]);
    expect(Object.values(await box.to(coordinatorVi.email, coordinatorEn.email)).map((m) => m.length)).toEqual([1, 1]);
  });

  it("settles, without mailing, notifications of accounts closed since", async () => {
    const { assessmentId, coordinatorVi, coordinatorEn } = await submission();
    await db().user.update({ where: { id: coordinatorEn.id }, data: { active: false } });
    const box = await outbox();

    await sendPendingEmails(db(), box.mailer, everything);
    expect(await pending(assessmentId)).toEqual([]);
    expect(Object.values(await box.to(coordinatorVi.email, coordinatorEn.email)).map((m) => m.length)).toEqual([1, 0]);
  });

  it("mails a due-date reminder of a city without a checklist yet, with the city's extended date", async () => {
    const { city, official, framework } = await makeAssessment();
    const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
    const cycle = await db().reportingCycle.create({ data: { frameworkCode: framework.code, year: 2027, opensOn: "2027-01-01", dueOn: "2027-03-31", createdById: coordinator.id } });
    await db().cycleExtension.create({ data: { cycleId: cycle.id, cityId: city.id, dueOn: "2099-04-30", reason: "Bão lũ", grantedById: coordinator.id } });
    await db().notification.createMany({
      data: [
        { userId: official.id, kind: "dueSoon", cycleId: cycle.id, cityId: city.id },
        { userId: coordinator.id, kind: "dueSoon", cycleId: cycle.id, cityId: city.id },
      ],
    });
    const box = await outbox();

    await sendPendingEmails(db(), box.mailer, everything);
    const mails = await box.to(official.email, coordinator.email);
    expect(mails[official.email]).toHaveLength(1);
    expect(mails[official.email]![0]).toContain(`Phiếu Bộ thử năm 2027 của ${city.nameVi} cần được gửi thẩm định chậm nhất vào ngày 30/04/2099 (còn `);
    expect(mails[official.email]![0]).toMatch(/Xem chi tiết: http\S+\/assessments\r\n/);
    expect(mails[coordinator.email]![0]).toMatch(/Xem chi tiết: http\S+\/review\/cycles\r\n/);
  });
});
