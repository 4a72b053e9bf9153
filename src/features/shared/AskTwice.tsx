import { useEffect, useRef, useState } from 'react';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';

type Props = {
  /** The words, already translated: the button, the question, what is lost, and the two answers. */
  start: string;
  title: string;
  body: string;
  keep: string;
  confirm: string;
  onConfirm: () => Promise<void>;
  startDisabled?: boolean;
};

/**
 * An act that cannot be undone (give a dossier up, erase it, end a mandate), asked twice: the
 * first tap only says what will be lost, the second does it; "keep" comes first. The button that
 * had the focus goes away either way, so the keyboard follows to what replaces it — the safe answer,
 * then the button again. The caller shows its own error: the question closes once `onConfirm` ends.
 */
export function AskTwice({ start, title, body, keep, confirm, onConfirm, startDisabled = false }: Props) {
  const [confirming, setConfirming] = useState(false);
  const area = useRef<HTMLDivElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) asked.current = true;
    if (asked.current) area.current?.querySelector('button')?.focus();
  }, [confirming]);
  const go = async () => {
    try {
      await onConfirm();
    } finally {
      setConfirming(false);
    }
  };
  return (
    <div ref={area}>
      {confirming ? (
        <Notice tone="warning" title={title}>
          <p>{body}</p>
          <div className="step-actions">
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {keep}
            </Button>
            <Button variant="danger" onClick={() => void go()}>
              {confirm}
            </Button>
          </div>
        </Notice>
      ) : (
        <Button variant="secondary" disabled={startDisabled} onClick={() => setConfirming(true)}>
          {start}
        </Button>
      )}
    </div>
  );
}
