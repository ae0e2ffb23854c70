import { redirect } from "next/navigation";
import { currentActor } from "@/server/auth/current-actor";

export default async function Home() {
  redirect((await currentActor()) ? "/dashboard" : "/sign-in");
}
