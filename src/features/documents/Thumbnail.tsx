import { useEffect, useState } from 'react';
import { getDocumentBytes, type DocumentRecord } from '@/storage';

/** Bytes are read only here, one document at a time, and the object URL is released after. */
export function Thumbnail({ document, alt }: { document: DocumentRecord; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (document.mime === 'application/pdf') return;
    let objectUrl: string | null = null;
    let cancelled = false;
    getDocumentBytes(document.id).then(
      (bytes) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(new Blob([bytes], { type: document.mime }));
        setUrl(objectUrl);
      },
      () => setUrl(null),
    );
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [document.id, document.mime]);
  if (document.mime === 'application/pdf') {
    return (
      <span className="thumbnail thumbnail--pdf" aria-hidden="true">
        PDF
      </span>
    );
  }
  return url ? <img className="thumbnail" src={url} alt={alt} /> : <span className="thumbnail" aria-hidden="true" />;
}
