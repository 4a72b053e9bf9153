export type QualityWarning = 'too-dark' | 'too-bright' | 'blurry' | 'too-small';

/** 'photo': the page as photographed (colour). 'scan': black ink on white paper, like a photocopy. */
export type CaptureMode = 'photo' | 'scan';

export type PageQuality = {
  /** Size of the source after orientation, before cropping and downscaling. */
  width: number;
  height: number;
  /** Mean luma (Rec. 601), 0..255, of the page as photographed (before the 'scan' threshold). */
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
  /** True when a sheet was found on a darker background and the output shows the sheet only. */
  cropped: boolean;
  quality: PageQuality;
};
