import { hash53 } from "./prng";

const SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "黄",
  "赵",
  "吴",
  "周",
  "徐",
  "孙",
  "马",
  "朱",
  "胡",
  "郭",
  "何",
  "高",
  "林",
  "罗",
];
const GIVEN = [
  "伟",
  "芳",
  "娜",
  "秀英",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀兰",
  "霞",
  "平",
  "刚",
  "桂英",
  "建华",
  "晓东",
  "子涵",
  "欣怡",
  "浩然",
  "雨桐",
  "思远",
];

/** A stable fake display name, so readStatus's `name` looks like DingTalk's without a directory. */
export function fakeName(userId: string): string {
  const h = hash53(userId, 7);
  return `${SURNAMES[h % SURNAMES.length]}${GIVEN[Math.floor(h / SURNAMES.length) % GIVEN.length]}`;
}
