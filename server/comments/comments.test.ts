import { describe, expect, it } from "vitest";
import { postCommentSchema, setThreadResolvedSchema } from "@/lib/validation/comments";
import { db } from "../db";
import { makeAssessment, makeFramework, makeCity, makeUser } from "@/tests/integration/fixtures";
import { listThreads } from "./list-threads";
import { postComment } from "./post-comment";
import { setThreadResolved } from "./set-thread-resolved";

const post = (assessmentId: string, indicatorId: string, body: string) => postCommentSchema.parse({ assessmentId, indicatorId, body });
const resolve = (assessmentId: string, indicatorId: string, resolved: boolean) => setThreadResolvedSchema.parse({ assessmentId, indicatorId, resolved });
/**
 * Which of `people` were told of comments on the assessment. Only those: coordinators covering
 * every city, made by other test files in the same database, hear of these comments too.
 */
const toldOfComments = async (assessmentId: string, people: { id: string }[]) =>
  (await db().notification.findMany({ where: { assessmentId, kind: "comment", userId: { in: people.map((p) => p.id) } }, select: { userId: true } }))
    .map((n) => n.userId)
    .sort();
const actions = async (assessmentId: string) =>
  (await db().auditEvent.findMany({ where: { assessmentId, action: { startsWith: "comment." } }, orderBy: { at: "asc" } })).map((e) => [e.action, e.indicatorId]);

/** A draft with its official, a colleague, and the coordinators who do and do not cover the city. */
async function discussion() {
  const setup = await makeAssessment();
  const { city } = setup;
  return {
    ...setup,
    colleague: await makeUser("official", { cityId: city.id }),
    retired: await makeUser("official", { cityId: city.id, active: false }),
    coordinator: await makeUser("coordinator", { assignedCityIds: [city.id] }),
    everywhere: await makeUser("coordinator", { coversAllCities: true }),
    elsewhere: await makeUser("coordinator", { assignedCityIds: [(await makeCity()).id] }),
    admin: await makeUser("administrator"),
  };
}

describe("indicator comment threads", () => {
  it("lets the city and its reviewers talk about an indicator, telling only the other side", async () => {
    const cast = await discussion();
    const { official, colleague, coordinator, everywhere, admin, framework, assessmentId } = cast;
    const everyone = [official, colleague, cast.retired, coordinator, everywhere, cast.elsewhere, admin];
    const first = await postComment(db(), official, post(assessmentId, framework.rate.id, "  Mẫu số lấy theo số hộ năm 2024 được không?  "));
    if (!first.ok) throw new Error(first.reason);
    expect(first.value).toMatchObject({ indicatorId: framework.rate.id, resolvedAt: null });
    expect(first.value.comments.map((c) => [c.authorName, c.authorRole, c.body])).toEqual([["Test official", "official", "Mẫu số lấy theo số hộ năm 2024 được không?"]]);
    // The city's question goes to the coordinators covering it, and nowhere else.
    expect(await toldOfComments(assessmentId, everyone)).toEqual([coordinator.id, everywhere.id].sort());
    expect((await db().notification.findFirstOrThrow({ where: { assessmentId, userId: coordinator.id } })).actorName).toBe("Test official");

    await db().notification.deleteMany({ where: { assessmentId } });
    const reply = await postComment(db(), coordinator, post(assessmentId, framework.rate.id, "Được, nhưng ghi rõ nguồn."));
    expect(reply.ok && reply.value.comments.map((c) => c.authorName)).toEqual(["Test official", "Test coordinator"]);
    // The answer goes to the city's active officials, the one who asked included; never to its author.
    expect(await toldOfComments(assessmentId, everyone)).toEqual([official.id, colleague.id].sort());

    await db().notification.deleteMany({ where: { assessmentId } });
    expect((await postComment(db(), admin, post(assessmentId, framework.count.id, "Chỉ tiêu này không bắt buộc."))).ok).toBe(true);
    expect(await toldOfComments(assessmentId, everyone)).toEqual([official.id, colleague.id].sort());

    expect(await actions(assessmentId)).toEqual([
      ["comment.post", framework.rate.id],
      ["comment.post", framework.rate.id],
      ["comment.post", framework.count.id],
    ]);
    const threads = await listThreads(db(), colleague, { id: assessmentId, cityId: official.cityId! });
    expect(Object.keys(threads.byIndicator).sort()).toEqual([framework.rate.id, framework.count.id].sort());
    expect(threads.byIndicator[framework.rate.id].comments).toHaveLength(2);
    expect(threads).toMatchObject({ open: 2, mayDiscuss: true });
  });

  it("refuses viewers, other cities' officials, coordinators of other cities, published figures and unknown indicators", async () => {
    const { framework, assessmentId, city, elsewhere } = await discussion();
    const viewer = await makeUser("viewer", { coversAllCities: true });
    const stranger = await makeUser("official", { cityId: (await makeCity()).id });
    const input = post(assessmentId, framework.rate.id, "Câu hỏi");
    expect(await postComment(db(), viewer, input)).toEqual({ ok: false, reason: "forbidden" });
    expect(await postComment(db(), stranger, input)).toEqual({ ok: false, reason: "notFound" });
    expect(await postComment(db(), elsewhere, input)).toEqual({ ok: false, reason: "notFound" });
    expect(await setThreadResolved(db(), viewer, resolve(assessmentId, framework.rate.id, true))).toEqual({ ok: false, reason: "forbidden" });

    const official = await makeUser("official", { cityId: city.id });
    const otherFramework = await makeFramework();
    expect(await postComment(db(), official, post(assessmentId, otherFramework.rate.id, "Câu hỏi"))).toEqual({ ok: false, reason: "notFound" });
    expect(await postComment(db(), official, post("no-such-assessment", framework.rate.id, "Câu hỏi"))).toEqual({ ok: false, reason: "notFound" });

    await db().assessment.update({ where: { id: assessmentId }, data: { fromPublications: true } });
    expect(await postComment(db(), official, input)).toEqual({ ok: false, reason: "forbidden" });
    expect(await db().indicatorThread.count({ where: { assessmentId } })).toBe(0);
    expect(await db().notification.count({ where: { assessmentId } })).toBe(0);

    // Readers see the threads (here none) but may not write; outsiders see nothing.
    expect(await listThreads(db(), viewer, { id: assessmentId, cityId: city.id, fromPublications: true })).toEqual({ byIndicator: {}, open: 0, mayDiscuss: false });
    expect((await listThreads(db(), stranger, { id: assessmentId, cityId: city.id })).mayDiscuss).toBe(false);
  });

  it("re-opens a resolved thread with a new comment; resolving twice is recorded once", async () => {
    const { official, coordinator, framework, assessmentId, city } = await discussion();
    const rate = framework.rate.id;
    expect(await setThreadResolved(db(), coordinator, resolve(assessmentId, rate, true))).toEqual({ ok: false, reason: "notFound" });
    await postComment(db(), official, post(assessmentId, rate, "Đã bổ sung minh chứng."));

    const resolved = await setThreadResolved(db(), coordinator, resolve(assessmentId, rate, true));
    expect(resolved.ok && resolved.value.resolvedByName).toBe("Test coordinator");
    expect((await setThreadResolved(db(), official, resolve(assessmentId, rate, true))).ok).toBe(true);
    expect((await listThreads(db(), official, { id: assessmentId, cityId: city.id })).open).toBe(0);

    const again = await postComment(db(), official, post(assessmentId, rate, "Xin bổ sung thêm một ý."));
    expect(again.ok && [again.value.resolvedAt, again.value.resolvedByName]).toEqual([null, null]);
    expect((await listThreads(db(), official, { id: assessmentId, cityId: city.id })).open).toBe(1);

    await setThreadResolved(db(), official, resolve(assessmentId, rate, true));
    const reopened = await setThreadResolved(db(), coordinator, resolve(assessmentId, rate, false));
    expect(reopened.ok && reopened.value.resolvedAt).toBeNull();
    expect(await actions(assessmentId)).toEqual([
      ["comment.post", rate],
      ["comment.resolve", rate],
      ["comment.post", rate],
      ["comment.resolve", rate],
      ["comment.reopen", rate],
    ]);
  });

  it("keeps two first comments at once in one thread", async () => {
    const { official, coordinator, framework, assessmentId } = await discussion();
    const results = await Promise.all([
      postComment(db(), official, post(assessmentId, framework.count.id, "Một")),
      postComment(db(), coordinator, post(assessmentId, framework.count.id, "Hai")),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(await db().indicatorThread.count({ where: { assessmentId } })).toBe(1);
    expect(await db().indicatorComment.count({ where: { thread: { assessmentId } } })).toBe(2);
  });
});
