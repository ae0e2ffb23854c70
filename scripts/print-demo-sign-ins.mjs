// Prints the demo accounts (from prisma/data/demo-users.json) for the quick start.
import { readFileSync } from "node:fs";

const demo = JSON.parse(readFileSync(new URL("../prisma/data/demo-users.json", import.meta.url), "utf8"));
const url = process.argv[2] ?? "http://localhost:3000";
const width = Math.max(...demo.users.map((u) => u.email.length));
console.log(`
Learning-city self-assessment is starting at ${url}
Demo sign-ins (demo data only; the password is public):`);
for (const user of demo.users) console.log(`  ${user.role.padEnd(14)} ${user.email.padEnd(width)}  ${demo.password}`);
console.log("");
