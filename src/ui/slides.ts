/** Words of the lesson slides (the deck, the 수업 화면 page and the .pptx button). */
export const slideText = {
  // The deck itself: said on slides the class sees.
  periodLine: (designTitle: string, period: number, minutes: number) => `${designTitle} · ${period}차시 (${minutes}분)`,
  periodTitle: (period: number) => `${period}차시`,
  goals: '오늘의 학습목표',
  stepLine: (stage: string, minutes: number) => `${stage} · ${minutes}분`,
  continued: (title: string, part: number, parts: number) => `${title} (${part}/${parts})`,
  closingTitle: '마무리 질문',
  closingLine: '오늘 수업을 떠올리며 답해 봐요.',
  // Teacher notes (pptx speaker notes, the notes panel of 수업 화면): never projected.
  notesTeacher: '교사 활동',
  notesMaterials: '자료 및 유의점',
  notesSupplies: '준비물',
  notesCards: (title: string) => `${title} 안내`,
  // The .pptx file's document properties.
  pptxSubject: '진로 수업 슬라이드',
} as const;
