// Officials of the demo city for the browser tests that switch the interface language. The
// language a user picks is saved and applies at their next sign-in, so a test that switches it
// would change how every other test's official starts; each such test signs in as its own
// official instead. Run by scripts/e2e-server.sh after the demo seed; never part of the demo.
import demoUsers from "../prisma/data/demo-users.json";
import { hashPassword } from "../server/auth/password";
import { createDb } from "../server/db";
import { languageUsers } from "./language-users";

async function main() {
  const db = createDb();
  try {
    const city = await db.city.findUniqueOrThrow({ where: { slug: "demo-city" }, select: { id: true } });
    const passwordHash = await hashPassword(demoUsers.password);
    for (const user of Object.values(languageUsers)) {
      await db.user.upsert({
        where: { email: user.email },
        update: {},
        create: { email: user.email, name: user.name, role: "official", locale: "vi", passwordHash, cityId: city.id },
      });
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
