import type { MsgKey, MsgParamValues } from "../catalog";

/** The stacked-button cards (sampleActionCard2…5): each adds one button to the one before. */
const vote2 = {
  title: "Vote",
  text: "Which option?",
  actionTitle1: "A",
  actionURL1: "https://example.com/a",
  actionTitle2: "B",
  actionURL2: "https://example.com/b",
};
const vote3 = { ...vote2, actionTitle3: "C", actionURL3: "https://example.com/c" };
const vote4 = { ...vote3, actionTitle4: "D", actionURL4: "https://example.com/d" };
// The last link is plain http: link fields take http(s) and dingtalk://.
const vote5 = { ...vote4, actionTitle5: "E", actionURL5: "http://example.com/e" };

/** One valid msgParam per msgKey, shaped like DingTalk's own examples. Shared by unit tests. */
export const validExamples: { readonly [K in MsgKey]: MsgParamValues<K> } = {
  sampleText: { content: "DingTalk, where progress happens" },
  sampleMarkdown: { title: "Weekly update", text: "## Release\n- **Fast** sends\n- [Docs](https://open.dingtalk.com)" },
  sampleImageMsg: { photoURL: "https://img.alicdn.com/tfs/TB1NwmBEL9TBuNjy1zbXXXpepXa-2400-1218.png" },
  sampleLink: {
    text: "Read the full announcement",
    title: "Office move",
    picUrl: "@lADOADmaWMzazQKA",
    messageUrl: "https://www.dingtalk.com",
  },
  sampleActionCard: {
    title: "Approve the budget",
    text: "### Q3 budget\nPlease review.",
    singleTitle: "Open",
    singleURL: "dingtalk://dingtalkclient/page/link?url=https%3A%2F%2Fwww.dingtalk.com&pc_slide=true",
  },
  sampleActionCard2: vote2,
  sampleActionCard3: vote3,
  sampleActionCard4: vote4,
  sampleActionCard5: vote5,
  sampleActionCard6: {
    title: "Leave request",
    text: "Zhang San asks for 2 days off.",
    buttonTitle1: "Approve",
    buttonUrl1: "https://example.com/approve",
    buttonTitle2: "Reject",
    buttonUrl2: "https://example.com/reject",
  },
  sampleAudio: { mediaId: "@lAjPDeC2uGvPTc7OGh2KHc4qXdpR", duration: "5000" },
  sampleFile: { mediaId: "@lAjPDfmVbtVD7mfOJ4aFHs5hPzJE", fileName: "Q3 report.pdf", fileType: "pdf" },
  sampleVideo: {
    duration: "75",
    videoMediaId: "@lAjPDfJ6ekOAeVPOP4jJiM5nTSdz",
    videoType: "mp4",
    picMediaId: "@lADPDfJ6ekOAeVPNAfTNA3A",
  },
};
