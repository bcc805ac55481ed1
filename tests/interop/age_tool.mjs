#!/usr/bin/env node
// A tiny CLI over typage (npm `age-encryption`), the TypeScript age implementation, used only
// by tests/crypto/test_age_interop_typage.py. Binary age files, no armor.
//
//   node age_tool.mjs keygen-hybrid               prints the identity, then its recipient
//   node age_tool.mjs keygen-x25519               the same for an X25519 key
//   node age_tool.mjs to-recipient --identity I   prints the recipient typage derives from I
//   node age_tool.mjs encrypt --recipient R [--recipient R2 ...]   stdin -> stdout
//   node age_tool.mjs decrypt --identity I [--identity I2 ...]     stdin -> stdout
//   node age_tool.mjs version                     prints the installed age-encryption version
//   node age_tool.mjs batch                       JSON requests on stdin, JSON results on stdout
//
// `batch` saves a Node start per operation: stdin is a JSON array of requests
//   {"op": "keygen-hybrid" | "keygen-x25519"}
//   {"op": "to-recipient", "identity": I}
//   {"op": "encrypt", "recipients": [R, ...], "data": base64}
//   {"op": "decrypt", "identities": [I, ...], "data": base64}
// and stdout the array of results, in order: {"ok": true, ...fields} with "identity" and
// "recipient", "recipient", or base64 "data"; or {"ok": false, "error": message}.
//
// Any failure prints one line to stderr and exits with status 1.

import { readFile } from "node:fs/promises";
import * as age from "age-encryption";

function usage() {
  throw new Error(
    "usage: age_tool.mjs keygen-hybrid | keygen-x25519 | to-recipient --identity I | " +
      "encrypt --recipient R... | decrypt --identity I... | version | batch",
  );
}

function options(args, name) {
  const values = [];
  for (let i = 0; i < args.length; i += 2) {
    if (args[i] !== name || i + 1 >= args.length) usage();
    values.push(args[i + 1]);
  }
  if (values.length === 0) usage();
  return values;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

function writeStdout(data) {
  return new Promise((resolve, reject) => {
    process.stdout.write(data, (err) => (err ? reject(err) : resolve()));
  });
}

const b64 = (bytes) => Buffer.from(bytes).toString("base64");
const unb64 = (text) => new Uint8Array(Buffer.from(text, "base64"));

async function keygen(kind) {
  const identity =
    kind === "hybrid" ? await age.generateHybridIdentity() : await age.generateX25519Identity();
  return { identity, recipient: await age.identityToRecipient(identity) };
}

async function encrypt(recipients, data) {
  const encrypter = new age.Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  return await encrypter.encrypt(data);
}

async function decrypt(identities, data) {
  const decrypter = new age.Decrypter();
  for (const identity of identities) decrypter.addIdentity(identity);
  return await decrypter.decrypt(data);
}

async function runRequest(request) {
  switch (request.op) {
    case "keygen-hybrid":
      return await keygen("hybrid");
    case "keygen-x25519":
      return await keygen("x25519");
    case "to-recipient":
      return { recipient: await age.identityToRecipient(request.identity) };
    case "encrypt":
      return { data: b64(await encrypt(request.recipients, unb64(request.data))) };
    case "decrypt":
      return { data: b64(await decrypt(request.identities, unb64(request.data))) };
    default:
      throw new Error(`unknown batch op ${JSON.stringify(request.op)}`);
  }
}

async function main(argv) {
  const [command, ...args] = argv;
  switch (command) {
    case "keygen-hybrid":
    case "keygen-x25519": {
      if (args.length !== 0) usage();
      const { identity, recipient } = await keygen(command.slice("keygen-".length));
      await writeStdout(`${identity}\n${recipient}\n`);
      return;
    }
    case "to-recipient": {
      const [identity] = options(args, "--identity");
      await writeStdout(`${await age.identityToRecipient(identity)}\n`);
      return;
    }
    case "encrypt":
      await writeStdout(await encrypt(options(args, "--recipient"), await readStdin()));
      return;
    case "decrypt":
      await writeStdout(await decrypt(options(args, "--identity"), await readStdin()));
      return;
    case "batch": {
      if (args.length !== 0) usage();
      const requests = JSON.parse(Buffer.from(await readStdin()).toString("utf8"));
      const results = [];
      // One at a time, so a failure is reported for its own request only.
      for (const request of requests) {
        try {
          results.push({ ok: true, ...(await runRequest(request)) });
        } catch (err) {
          results.push({ ok: false, error: err instanceof Error ? err.message : String(err) });
        }
      }
      await writeStdout(JSON.stringify(results));
      return;
    }
    case "version": {
      if (args.length !== 0) usage();
      // The package's "exports" hides its package.json, so read it by path.
      const manifest = new URL("./node_modules/age-encryption/package.json", import.meta.url);
      await writeStdout(`${JSON.parse(await readFile(manifest, "utf8")).version}\n`);
      return;
    }
    default:
      usage();
  }
}

try {
  await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`age_tool: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
