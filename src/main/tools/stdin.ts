import { createInterface } from 'node:readline'

/**
 * One line from stdin, with the prompt on stderr so that stdout carries only the answer (and
 * can be piped). Typed or piped alike; a terminal echoes what is typed, which is acceptable for
 * a code the director reads off paper at the centre's own PC.
 */
export async function readLine(prompt: string, input: NodeJS.ReadableStream = process.stdin): Promise<string> {
  process.stderr.write(prompt)
  const rl = createInterface({ input, terminal: false })
  try {
    for await (const line of rl) return line.trim()
    return ''
  } finally {
    rl.close()
    // A piped answer is not echoed, so end the prompt's line for whatever stderr says next.
    if (!(input as { isTTY?: boolean }).isTTY) process.stderr.write('\n')
  }
}
