/** Section front pages that are still being written. Each section's own issue replaces its entry. */
export const placeholders = {
  ncs: {
    title: 'NCS 능력단위',
    lead: '국가직무능력표준(NCS)의 고객관리 능력단위를 살펴보는 곳이에요.',
    body: '능력단위 자료를 정리하고 있어요. 곧 이곳에서 분류와 수준별 능력단위를 볼 수 있어요.',
  },
  paths: {
    title: '진로 경로',
    lead: 'CS 분야에서 경력이 어떻게 이어지는지 보여 주는 곳이에요.',
    body: '진로 경로 그림을 준비하고 있어요.',
  },
  lessons: {
    title: '수업 설계',
    lead: '선생님이 바로 쓸 수 있는 진로 수업 설계서를 모으는 곳이에요.',
    body: '수업 설계서를 만들고 있어요.',
  },
};
