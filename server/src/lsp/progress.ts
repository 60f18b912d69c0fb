// `window/workDoneProgress` while indexing (server-initiated: the library sends
// window/workDoneProgress/create only when the client supports it, and is silent otherwise).
import type { Connection } from 'vscode-languageserver';
import type { ProgressHandle } from './sources';

export function workDoneProgress(connection: Connection, title: string): ProgressHandle {
  let reporter: { report(percentage: number, message?: string): void; done(): void } | undefined;
  let finished = false;
  let lastPercent = -1;
  let lastMessage: [number, string] | undefined;
  connection.window.createWorkDoneProgress().then(
    (r) => {
      r.begin(title, 0, lastMessage?.[1] ?? 'reading articles', false);
      if (finished) r.done();
      else {
        reporter = r;
        if (lastMessage) r.report(lastMessage[0], lastMessage[1]);
      }
    },
    () => undefined,
  );
  return {
    report(done, total) {
      const percent = total ? Math.floor((done * 100) / total) : 100;
      if (percent === lastPercent) return;
      lastPercent = percent;
      lastMessage = [percent, `${done}/${total} articles`];
      reporter?.report(percent, lastMessage[1]);
    },
    done() {
      finished = true;
      reporter?.done();
      reporter = undefined;
    },
  };
}
