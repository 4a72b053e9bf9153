export type QualityWarning = 'too-dark' | 'too-bright' | 'blurry' | 'too-small';

export type PageQuality = {
  /** Size of the source after orientation, before downscaling. */
  width: number;
  height: number;
  /** Mean luma (Rec. 601), 0..255. */
  brightness: number;
  /** Variance of the Laplacian of the luma, on the analysis copy (higher is sharper). */
  sharpness: number;
  warnings: QualityWarning[];
};

export type CapturedPage = {
  /** A fresh JPEG encoded from pixels: no EXIF, GPS, XMP, ICC or maker notes survive. */
  jpeg: ArrayBuffer;
  /** Size of `jpeg`, in pixels. */
  width: number;
  height: number;
  quality: PageQuality;
};
