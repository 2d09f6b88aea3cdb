/** The .pptx media type, apart from the renderer so pages can name it without loading the renderer. */
export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
