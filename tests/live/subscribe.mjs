// Subscribes to one hub subject with the official SignalR client and prints one JSON line per event
// on stdout, for the C# tests to read: {"type":"subscribed"} then {"type":"push", ...payload} for
// suggestionsUpdated and {"type":"event", ...payload} for eventUpdated.
// Usage: node subscribe.mjs <baseUrl> <accessToken> <SubscribeOpening|SubscribeSeeker|SubscribeEvent> <id> [seconds]
import { HubConnectionBuilder, LogLevel } from "@microsoft/signalr";

const [baseUrl, token, method, id, seconds = "60"] = process.argv.slice(2);
const connection = new HubConnectionBuilder()
  .withUrl(`${baseUrl}/hubs/matching`, { accessTokenFactory: () => token })
  .configureLogging(LogLevel.Warning)
  .build();

connection.on("suggestionsUpdated", (push) => console.log(JSON.stringify({ type: "push", ...push })));
connection.on("eventUpdated", (push) => console.log(JSON.stringify({ type: "event", ...push })));

try {
  await connection.start();
  await connection.invoke(method, id);
  console.log(JSON.stringify({ type: "subscribed" }));
} catch (error) {
  console.log(JSON.stringify({ type: "error", message: String(error) }));
  process.exit(1);
}

setTimeout(async () => {
  await connection.stop();
  process.exit(0);
}, Number(seconds) * 1000);
