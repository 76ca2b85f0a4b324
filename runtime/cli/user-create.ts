// `npm run user:create -- --email you@example.com --name "Your Name" --role admin`
// The password comes from NEWSDESK_PASSWORD or a hidden prompt, never from the arguments
// (they end up in shell history and `ps`).
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createUser } from '../../lib/users/manage';
import { openTarget } from './open-target';

function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(new Error('No terminal to ask for a password: set NEWSDESK_PASSWORD instead.'));
  }
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    // Echo nothing while the password is typed.
    output._writeToOutput = () => {};
  });
}

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'admin' } },
});
if (!values.email || !values.name) {
  console.error('Usage: npm run user:create -- --email you@example.com --name "Your Name" [--role admin|editor|writer]');
  process.exit(1);
}
const password = process.env.NEWSDESK_PASSWORD || (await promptHidden('Password (at least 10 characters): '));

const target = await openTarget();
try {
  const result = await createUser(target.connection.db, null, { ...values, password });
  if (result.ok) {
    console.log(`Created ${values.role} ${values.email} in ${target.description}.`);
  } else {
    console.error(result.message);
    for (const [field, messages] of Object.entries(result.fieldErrors)) console.error(`  ${field}: ${messages.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await target.close();
}
