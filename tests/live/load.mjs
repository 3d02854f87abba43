// Live-suggestion benchmark: N clients (the official SignalR JS client) each subscribed to one
// opening, registrations at a fixed rate, each fitting exactly one subscribed opening. Reports the
// time from the registration's REST response to the push carrying that seeker at its client.
// Usage: node load.mjs <clientBaseUrl> <registrationBaseUrl> [clients=200] [perSecond=50] [seconds=60] [warmupSeconds=0]
// A warm-up runs the same registrations first, unmeasured, so the figures describe a process whose
// hot paths are already compiled rather than one still JIT-compiling them.
// Signs in with MATCHING_EMAIL / MATCHING_PASSWORD (the bootstrap admin).
import { HubConnectionBuilder, LogLevel } from "@microsoft/signalr";

const [clientUrl, registerUrl, clientsArg = "200", rateArg = "50", secondsArg = "60", warmupArg = "0"] = process.argv.slice(2);
const clients = Number(clientsArg), perSecond = Number(rateArg), seconds = Number(secondsArg), warmupSeconds = Number(warmupArg);
const graceMs = 10_000;

async function api(base, token, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

function businessNumber(seed) {
  const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  const digits = String(100000000 + ((seed * 7919) % 800000000)).padStart(9, "0").split("").map(Number);
  let sum = digits.reduce((s, d, i) => s + d * weights[i], 0) + Math.floor((digits[8] * 5) / 10);
  return digits.join("") + ((10 - (sum % 10)) % 10);
}

const login = async (base) =>
  (await api(base, null, "POST", "/auth/login", { email: process.env.MATCHING_EMAIL, password: process.env.MATCHING_PASSWORD })).accessToken;

const tokenA = await login(clientUrl), tokenB = await login(registerUrl);
const today = new Date(Date.now() + 9 * 3600_000);
const closesOn = new Date(today.getTime() + 30 * 86400_000).toISOString().slice(0, 10);

// Places far enough apart that a seeker's 20-minute commute reaches only openings of their own district.
const districts = [
  ["서울특별시", "구로구"], ["서울특별시", "강남구"], ["서울특별시", "노원구"], ["서울특별시", "은평구"], ["서울특별시", "송파구"],
  ["인천광역시", "서구"], ["인천광역시", "연수구"], ["인천광역시", "부평구"], ["경기도", "수원시"], ["경기도", "고양시"],
  ["경기도", "성남시"], ["경기도", "김포시"], ["경기도", "평택시"], ["경기도", "파주시"], ["경기도", "이천시"],
  ["경기도", "안산시"], ["경기도", "남양주시"], ["경기도", "화성시"], ["경기도", "의정부시"], ["경기도", "양평군"],
];
const occupations = (await api(registerUrl, tokenB, "GET", "/api/occupations?level=4&limit=200")).map((o) => o.code);
// Opening i sits in district ⌊i/10⌋ mod 20 with occupation i + 10⌊i/200⌋: every 200 openings move one block of ten
// codes along, so no two openings share both district and occupation (up to 4,000 clients). Each seeker then fits one
// opening exactly and enters its list however many clients run; sharing, the pool behind an opening would outgrow
// the 20 places, and a seeker would enter only when its id broke the tie in its favour.
const occupationOf = (i) => occupations[(i + 10 * Math.floor(i / 200)) % occupations.length];

const openings = [];
for (let i = 0; i < clients; i++) {
  if (i % 10 === 0) {
    const [sido, sigungu] = districts[(i / 10) % districts.length];
    var employer = await api(registerUrl, tokenB, "POST", "/api/employers", {
      name: `벤치기업${i / 10}`, businessNumber: businessNumber(900000 + i), address: { sido, sigungu }, size: "Small",
    });
  }
  const [sido, sigungu] = districts[Math.floor(i / 10) % districts.length];
  const opening = await api(registerUrl, tokenB, "POST", "/api/openings", {
    employerId: employer.id, title: `벤치 공고 ${i}`, occupation: occupationOf(i), headcount: 1,
    wage: { unit: "Hourly", min: 12000 }, employmentType: "Permanent", address: { sido, sigungu }, closesOn,
  });
  openings.push({ id: opening.id, occupation: opening.occupation, sido, sigungu });
}

const expected = new Map(); // seekerId -> { opening, respondedAt }
const firstSeen = new Map(); // "openingId|seekerId" -> when a push first listed the seeker for that opening
const connections = [];
let pushesReceived = 0;
for (const opening of openings) {
  const connection = new HubConnectionBuilder()
    .withUrl(`${clientUrl}/hubs/matching`, { accessTokenFactory: () => tokenA })
    .configureLogging(LogLevel.Error)
    .build();
  connection.on("suggestionsUpdated", (push) => {
    const now = performance.now();
    pushesReceived++;
    if (push.id !== opening.id) return;
    for (const match of push.matches) {
      const key = `${opening.id}|${match.seekerId}`;
      if (!firstSeen.has(key)) firstSeen.set(key, now);
    }
  });
  await connection.start();
  await connection.invoke("SubscribeOpening", opening.id);
  connections.push(connection);
}

let failed = 0;
// Registers perSecond seekers a second for the given seconds, each fitting the next opening in turn.
async function registrations(prefix, seconds, onRegistered) {
  const total = perSecond * seconds;
  let sent = 0;
  const started = performance.now();
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * perSecond));
      for (; sent < due; sent++) {
        const n = sent, target = openings[n % openings.length];
        api(registerUrl, tokenB, "POST", "/api/seekers", {
          name: `${prefix}${n}`, birthYear: 1985, gender: n % 2 ? "Male" : "Female",
          address: { sido: target.sido, sigungu: target.sigungu }, desiredOccupations: [target.occupation],
          maxCommuteMinutes: 20, consentToMatching: true,
        }).then((seeker) => onRegistered(seeker, target)).catch(() => failed++);
      }
      if (sent >= total) { clearInterval(timer); resolve(); }
    }, 5);
  });
  return sent;
}

if (warmupSeconds > 0) {
  await registrations("웜업", warmupSeconds, () => {});
  await new Promise((r) => setTimeout(r, 3_000));
}
console.error(`${new Date().toISOString()} measuring: ${perSecond} registrations a second for ${seconds} s`);
const [cpuBefore, wallBefore] = [process.cpuUsage(), performance.now()];
const sent = await registrations("벤치", seconds, (seeker, target) => expected.set(seeker.id, { opening: target.id, respondedAt: performance.now() }));
const cpu = process.cpuUsage(cpuBefore), wall = performance.now() - wallBefore;
await new Promise((r) => setTimeout(r, graceMs));

const latencies = [], missing = [];
for (const [id, e] of expected) {
  const pushedAt = firstSeen.get(`${e.opening}|${id}`);
  // A push can beat the response to the client; that counts as no wait at all.
  if (pushedAt === undefined) missing.push(id); else latencies.push(Math.max(0, pushedAt - e.respondedAt));
}
latencies.sort((a, b) => a - b);
const pct = (p) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1) : "n/a";
console.log(JSON.stringify({
  clients, perSecond, seconds, warmupSeconds, registrations: sent, failedRegistrations: failed, pushesMeasured: latencies.length,
  missingPushes: missing.length, p50Ms: pct(50), p90Ms: pct(90), p99Ms: pct(99), maxMs: latencies.at(-1)?.toFixed(1),
  // The client's own share of one core while registering: near 1 means it, not the server, sets the pace.
  clientCpuShare: ((cpu.user + cpu.system) / 1000 / wall).toFixed(2), pushesReceived,
}));
await Promise.all(connections.map((c) => c.stop()));
process.exit(missing.length === 0 && failed === 0 ? 0 : 1);
