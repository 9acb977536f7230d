/**
 * The error a build stops with when content is wrong: its message is the volunteers' report,
 * so the terminal shows what to fix, not a stack trace.
 */
import { consoleLang } from '../../i18n/index.ts';
import { formatProblems, type Problem } from './problems.ts';

export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    const lang = consoleLang();
    const head =
      lang === 'vi'
        ? `Nội dung có ${errors.length} lỗi cần sửa trước khi dựng trang:`
        : `The content has ${errors.length} error(s) to fix before the site can be built:`;
    super(`${head}\n\n${formatProblems(errors, lang)}\n`);
    this.problems = problems;
    // The stack would only point into the builder; the message is the whole story.
    this.stack = this.message;
  }
}
