/**
 * Stands in for chalk's terminal detection in the bundle: `grade` decides colour once, in the CLI
 * (src/cli/color.ts), and hands it to renderers as an option, so chalk's own sniffing of the
 * terminal (and the tty and os modules it loads at start-up) is never used.
 */
const supportsColor = { stdout: false as const, stderr: false as const };
export default supportsColor;
