// A DNS server on a loopback UDP port for benchmarks: every MX query is answered, after a fixed latency, with
// one MX record "10 mx.<name>"; names under "nomx." are NXDOMAIN. Prints its port, counts queries on SIGTERM.
//   node scripts/bench/stub-dns.mjs [LATENCY_MS]
import dgram from 'node:dgram';

const latency = Number(process.argv[2] ?? 5);
const socket = dgram.createSocket('udp4');
let queries = 0;

function questionEnd(message) {
  let offset = 12;
  while (message[offset] !== 0) offset += message[offset] + 1;
  return offset + 5; // zero label, type (2), class (2)
}

function name(message) {
  const labels = [];
  let offset = 12;
  while (message[offset] !== 0) {
    labels.push(message.subarray(offset + 1, offset + 1 + message[offset]).toString('latin1'));
    offset += message[offset] + 1;
  }
  return labels;
}

function encode(labels) {
  const parts = labels.flatMap((label) => [Buffer.from([label.length]), Buffer.from(label, 'latin1')]);
  return Buffer.concat([...parts, Buffer.from([0])]);
}

socket.on('message', (message, from) => {
  queries++;
  const end = questionEnd(message);
  const type = message.readUInt16BE(end - 4);
  const labels = name(message);
  const header = Buffer.alloc(12);
  header.writeUInt16BE(message.readUInt16BE(0), 0);
  let answer = Buffer.alloc(0);
  if (labels[0] === 'nomx') {
    header.writeUInt16BE(0x8183, 2); // response, recursion, NXDOMAIN
  } else {
    header.writeUInt16BE(0x8180, 2);
    if (type === 15) {
      const exchange = encode(['mx', ...labels]);
      const rdata = Buffer.concat([Buffer.from([0, 10]), exchange]);
      const fixed = Buffer.alloc(12);
      fixed.writeUInt16BE(0xc00c, 0); // the question's name
      fixed.writeUInt16BE(15, 2);
      fixed.writeUInt16BE(1, 4);
      fixed.writeUInt32BE(300, 6);
      fixed.writeUInt16BE(rdata.length, 10);
      answer = Buffer.concat([fixed, rdata]);
      header.writeUInt16BE(1, 6);
    }
  }
  header.writeUInt16BE(1, 4);
  const reply = Buffer.concat([header, message.subarray(12, end), answer]);
  setTimeout(() => socket.send(reply, from.port, from.address), latency);
});

socket.bind(0, '127.0.0.1', () => console.log(socket.address().port));
process.on('SIGTERM', () => {
  console.error(`stub-dns: ${queries} queries`);
  process.exit(0);
});
