import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { describeFailure } from './coreCall'
import { rawKeyFromRecoveryCode, sqlcipherShellCommands, verifyAuditWithRecoveryCode } from './recoveryKey'
import { readLine } from './stdin'

const USAGE = `Usage: npm run cli -- <command> --data-dir DIR
Commands:
  print-key     --data-dir DIR   read the recovery code from stdin; print the database's SQLCipher key
                                 and how to open xinan.db in the stock sqlcipher shell (SQLCipher 4)
  verify-audit  --data-dir DIR   read the recovery code from stdin; walk the audit log's hash chain
Examples:
  npm run cli -- print-key --data-dir ~/.xinan/data
  echo 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX' | node out/main/cli.js verify-audit --data-dir /path/to/data`

const PROMPT = '恢复码 / Recovery code: '

function usage(problem: string): number {
  console.error(`${problem}\n\n${USAGE}`)
  return 2
}

async function printKey(dataDir: string): Promise<number> {
  const code = await readLine(PROMPT)
  if (!code) return usage('No recovery code was given on stdin.')
  const key = await rawKeyFromRecoveryCode(dataDir, code)
  console.error(
    '\nWARNING: this key gives full access to every record in the database. Do not store it, send it or paste it anywhere.\n' +
      '警告：此密钥可读取数据库中的全部记录。请勿保存、发送或粘贴到任何地方。\n'
  )
  console.log(key.rawKey)
  console.log(
    `\nTo open the database in the stock sqlcipher shell (SQLCipher 4.x; check with PRAGMA cipher_version;` +
      ` 3.x shells such as Debian 12's package cannot read SQLCipher 4 files):\n\n${sqlcipherShellCommands(key)}`
  )
  return 0
}

async function verify(dataDir: string): Promise<number> {
  const code = await readLine(PROMPT)
  if (!code) return usage('No recovery code was given on stdin.')
  const result = await verifyAuditWithRecoveryCode(dataDir, code)
  if (result.ok) {
    console.log(`Audit log intact: ${result.checked} rows checked. / 审计日志完整：已核对 ${result.checked} 行。`)
    return 0
  }
  const broken = result.firstBroken
  console.log(
    `Audit log BROKEN at row ${broken?.seq} (${broken?.reason}); ${result.checked} rows before it are intact.\n` +
      `审计日志在第 ${broken?.seq} 行断裂（${broken?.reason}），之前 ${result.checked} 行完整。`
  )
  return 1
}

const COMMANDS = new Map<string, (dataDir: string) => Promise<number>>([
  ['print-key', printKey],
  ['verify-audit', verify]
])

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h') return usage('No command given.')
  const run = COMMANDS.get(command)
  if (!run) return usage(`Unknown command: ${command}`)
  let dataDir: string | undefined
  try {
    dataDir = parseArgs({ args: rest, options: { 'data-dir': { type: 'string' } }, allowPositionals: false }).values['data-dir']
  } catch (error) {
    return usage(describeFailure(error))
  }
  if (!dataDir) return usage(`${command} needs --data-dir.`)
  try {
    return await run(resolve(dataDir))
  } catch (error) {
    console.error(describeFailure(error))
    return 1
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
