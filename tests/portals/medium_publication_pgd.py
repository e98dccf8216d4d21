"""Giáo dục Tân Kỳ: a Medium publication on a custom domain, run by Phòng GD&ĐT huyện Tân Kỳ.

Platform
--------
Medium (2025-2026 server-rendered React pages, generated two-letter class names such as
``pw-post-body-paragraph oz pa gt pb b``), the publication "Giáo dục Tân Kỳ" mapped to the
office's own domain. The office posts from its house account "PGD Tân Kỳ" (@pgdtanky); two staff
members have writer accounts of their own (Hoàng Thị Minh Nguyệt, Lê Văn Quyết). Medium prints
no header clock, visitor counter or poll: its chrome is the Medium top bar (Sign up / Sign in,
all on medium.com), the publication header with its navigation (five tabs and a "More" drop-down),
Follow buttons, clap and response counts, the author's card, "More from …" and "Recommended from
Medium" cards, and the Medium footer.

URL scheme
----------
- ``/`` publication home: "Featured" (2 cards) and "Latest" (6 cards), "See all" -> ``/archive``.
- ``/tagged/<tag>``: a navigation tab's stories, 4 a page; "Older stories" ->
  ``/tagged/<tag>?after=<epoch ms of the last card>`` (keyset cursor).
- ``/archive`` -> ``/archive/2026`` (month links, Jan-Sep greyed) -> ``/archive/2026/<MM>``:
  all the month's stories when it has 6 or fewer, else its 5 most-clapped ("Top stories") and a
  row of day links ``/archive/2026/<MM>/<DD>`` (November: 8 stories, 8 day pages).
- ``/<slug>-<12 hex id>``: a story, found by its id: the current slug and the slug it had
  before a title edit serve the page (``rel=canonical`` to the current slug), any other slug
  301s to it; unknown query parameters are ignored. Listing links carry Medium's ``?source=…``
  tracking parameter.
- ``/p/<id>`` 301 to the story; ``/feed`` RSS (10 latest, links with ``?source=rss----…``);
  ``/media/<hash>`` the embed frame of a YouTube video; ``/about`` the publication's about page;
  images under ``/v2/resize:…/1*<id>.jpeg`` (the publication's image proxy on the same host).

Page templates
--------------
Story: top bar, publication header + nav, ``<article>`` with h1 ``pw-post-title``, the optional
subtitle ``h2.pw-subtitle-paragraph``, the author card (avatar, name, Follow, "Published in",
"N min read", day as "Nov 20" without the year), clap bar, then the body paragraphs
(``p.pw-post-body-paragraph``, ``h2``/``h3`` headings, ``ul``/``ol``, ``blockquote``, ``figure``
with ``picture``/``source srcset`` and ``figcaption``, ``pre`` code blocks, ``iframe`` embeds),
tag pills (to medium.com), the publication card ("Last published Dec 4, 2026"), "Written by"
card with bio, responses, "More from" cards, "Recommended from Medium" cards, footer. Archive
pages keep Medium's older ``streamItem`` markup with ``<time datetime="…Z">``.

How each gold article is reached
--------------------------------
Home "Featured": A4, A9; "Latest": A13, A12, A11, A10, A9 and the video. Tabs: "Tin tức - Sự
kiện" A13, A10, A8, A7 on its first page, A3 and A1 only on its second (``?after=``); "Hoạt động
chuyên môn" A12, A5, A2; "Gương sáng" A9, A4; "Thông báo" A11, A6. Archive: October (6 stories)
and December list all their stories; November (8) shows its five most-clapped (A9, A8, the video,
A10, A7) and day links: A5, A6 and the document entry are reached there only through the day
pages (``/archive/2026/11/03``, ``/09``, ``/10``), besides their tabs. The RSS feed (10 latest)
and each story's four "More from" cards link stories again, always with a ``?source=`` value.

A crawl that drops Medium's ``source`` parameter needs 45 page requests (48 if it also fetches
the ``?responsesOpen=true&sortBy=REVERSE_CHRON`` variants); one keying on the full URL fetches
about 180, each story up to 13 times.

Traps
-----
1. ``?source=`` everywhere: every card links its story with a different tracking value
   (``collection_home---4------0-…``, ``collection_archive---------3-…``,
   ``post_page-----<host id>----1-…``, ``rss----…---4``) and ``?responsesOpen=true&sortBy=
   REVERSE_CHRON`` opens the responses on the same page. All serve the story with canonical to
   the bare path: gold path = the bare ``/<slug>-<id>``, every linked variant in ``alt_paths``.
2. Old slug: A4's title was edited; A9's "Xem thêm" line links the old slug
   ``/co-giao-vung-cao-12-nam-bam-ban-<id>``, which serves A4 (200, canonical to the new slug).
   Gold: one record, the old slug in ``alt_paths``.
3. Photos without ``src``: Medium prints ``<picture><source type=image/webp srcset=…>
   <source data-testid=og srcset=…><img alt="" width height role=presentation></picture>``.
   Gold image = the 1400w candidate of the non-webp ``source``
   (``/v2/resize:fit:1400/1*….jpeg``); the author's avatar (``resize:fill:64:64``), the
   publication logo and the cards' thumbnails (``resize:fill:320:214``) are not photos.
4. Dates: the story prints "Nov 20" (no year, current year), ``article:published_time`` is UTC;
   A8 was published at 06:10 local, ``2026-11-19T23:10:00.000Z``: the UTC date is the day
   before. Gold: the local day printed, "2026-11-20" (day only: the page prints no time). The
   publication card's "Last published Dec 4, 2026", the responses' dates, JSON-LD
   ``dateModified`` and the cards' "2d ago" are never the date.
5. Byline vs account: the house account "PGD Tân Kỳ" (also the JSON-LD and meta author) is a CMS
   account -> nobody; the writers sign in a closing italic paragraph ("Tin, ảnh: X",
   "Bài: ThS. X – Ảnh: Y", "Nguyễn Thị Thu Hà (Trường TH Nghĩa Đồng)", a unit alone "Văn phòng
   Phòng GD&ĐT"), or a writer account posts under its own name (author from the card, the
   "Editor for Giáo dục Tân Kỳ" label and bio not part of it). A6's signer is its author.
6. Chrome that reads like text: A4 is a member-only story with the metered banner "You have 2
   free member-only stories left this month…" above the title and the "Get unlimited access"
   upsell after the text; "Top highlight" above A2's highlighted paragraph; the "Written by"
   bio; responses with readers' comments; "More from" cards with subtitles; embed captions.
   None is body.
7. Medium's drop cap: A2's first letter sits in its own ``<span>`` ("T" + "ừ ngày 08…"): the word
   is "Từ", no space.
8. Official notice in a Medium story (A6): the letterhead pasted as a ``<pre>`` code block,
   "THÔNG BÁO" and "Về việc …" as small headings, "Nơi nhận", "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG
   PHÒNG / (Đã ký) / Nguyễn Thị Lan", a "📎" attachment line: none of it is body; date = the
   letterhead's day "2026-11-06" (Medium says Nov 9); author = "Nguyễn Thị Lan".
9. Text typed with a decomposed-Unicode keyboard (A7 body in NFD) and a ``<br/>`` inside a
   paragraph (A4, A7): gold is NFC, the ``<br/>`` splits the paragraph in two.
10. Non-articles in the story template: the contact page, a photo album, a document entry and a
   video are Medium stories like any other (same URL form, same cards, in the archive and the
   feed); ``/media/<hash>`` frames and ``/about`` are pages too. None is an article.
11. "Theo …" lines: A9 closes with "Theo Báo Nghệ An" (source "Báo Nghệ An"); A13's last
   paragraph "Theo kế hoạch, lễ trao quà…" is text, source null.
12. Headings: Medium prints a "big T" heading inside the text as a second ``<h1>`` (A1's "Năm
   nhiệm vụ trọng tâm") after the title's ``h1.pw-post-title``; the ``<title>`` reads "… | by PGD
   Tân Kỳ | Giáo dục Tân Kỳ | Medium". Gold title = the first h1; the body heading is a paragraph.
13. Ordered lists (A10): Medium draws the numbers with CSS: items are paragraphs with no number.

Gold decisions on ambiguous points
----------------------------------
- category: the navigation tab whose tag the story carries (its first tag pill prints the same
  words): "Tin tức - Sự kiện", "Thông báo", "Hoạt động chuyên môn", "Gương sáng".
- summary: Medium's subtitle (``h2.pw-subtitle-paragraph``, its own element) is the sapo and the
  body's first paragraph; A7's bold first paragraph is its sapo; stories without either have
  only the generated meta description -> null.
- published_at: the day Medium prints, in Asia/Ho_Chi_Minh (equal to the UTC meta time shifted
  to +07:00), day only; A6: the letterhead's day.
- images: the 1400w non-webp candidate; caption = the figcaption (parentheses taken off), None
  when there is none or when it only credits the photographer ("Ảnh: Phan Thị Anh"). An embed's
  figcaption is no image caption and no text.
- ordered lists: Medium draws the numbers with CSS: an item's text has no number.
- the house account on the author card is nobody even when no one signs (A3, A9, A10, A13: []).
"""

from __future__ import annotations

import hashlib
import html as _html
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "medium_publication_pgd"
PLATFORM = "Medium publication (custom domain)"
START_PATH = "/"

PUB = "Giáo dục Tân Kỳ"
PUB_ID = "8d2f1a0c3b7e"
PUB_TAGLINE = "Trang tin của Phòng Giáo dục và Đào tạo huyện Tân Kỳ, tỉnh Nghệ An"

SECTIONS = [
    ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    ("thong-bao", "Thông báo"),
    ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    ("guong-sang", "Gương sáng"),
    ("van-ban", "Văn bản"),
    ("thu-vien-anh", "Thư viện ảnh"),
    ("video", "Video"),
]
SECTION_NAME = dict(SECTIONS)

ACCOUNTS = {
    "pgd": {
        "name": "PGD Tân Kỳ",
        "handle": "pgdtanky",
        "avatar": "1*pGdTk0aVtr9xQ2mLwE4b1A.png",
        "followers": "1.2K",
        "bio": "Tài khoản chính thức của Phòng GD&ĐT huyện Tân Kỳ. Mọi ý kiến xin gửi về pgdtanky@nghean.edu.vn.",
        "role": "Editor for Giáo dục Tân Kỳ",
    },
    "nguyet": {
        "name": "Hoàng Thị Minh Nguyệt",
        "handle": "nguyet.htm",
        "avatar": "1*Ng9yEtHtMa7vRk2QpZ0c3w.jpeg",
        "followers": "214",
        "bio": "Giáo viên Trường TH Kỳ Sơn. Viết về những người thầy bình dị.",
        "role": "Writer for Giáo dục Tân Kỳ",
    },
    "quyet": {
        "name": "Lê Văn Quyết",
        "handle": "levanquyet.tk",
        "avatar": "1*QyEtLvTk5mB8nC1dX7sF2g.jpeg",
        "followers": "387",
        "bio": "Chuyên viên Phòng GD&ĐT Tân Kỳ. Thích chụp ảnh học trò vùng cao.",
        "role": "Editor for Giáo dục Tân Kỳ",
    },
}


def _hex(seed: str, n: int = 12) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def _photo(seed: str) -> str:
    """A Medium image id ``1*<22 chars>.jpeg`` (deterministic), as the gold's 1400w path."""
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    name = "".join(alphabet[b % len(alphabet)] for b in digest[:22])
    return f"/v2/resize:fit:1400/1*{name}.jpeg"


def _img_name(src: str) -> str:
    return src.rsplit("/", 1)[1]


def _story(
    n: int,
    slug: str,
    title: str,
    cat: str,
    local: str,
    blocks: list,
    *,
    gold_date: str | None = None,
    acct: str = "pgd",
    kind: str = "article",
    claps: int = 40,
    **kw,
) -> Story:
    opts = {
        "pid": _hex(f"tanky-{slug}"),
        "local": local,
        "acct": acct,
        "kind": kind,
        "claps": claps,
    }
    for key in ("old_slug", "member", "responses", "nfd", "pills", "embed", "modified", "hero"):
        if key in kw:
            opts[key] = kw.pop(key)
    day = local[:10]
    return Story(
        id=n,
        slug=slug,
        title=title,
        cat=cat,
        published_at=gold_date or day,
        blocks=blocks,
        opts=opts,
        **kw,
    )


def _byline(line: str) -> Raw:
    return Raw(f'<p class="pw-post-body-paragraph qp qq gt qr b qs qt qu qv qw qx qy qz ra rb gm bk" data-selectable-paragraph=""><em class="rc">{esc(line)}</em></p>')


def _separator() -> Raw:
    return Raw(
        '<div class="rd re rf rg rh" role="separator"><span class="ri bx bl rj rk rl"></span>'
        '<span class="ri bx bl rj rk rl"></span><span class="ri bx bl rj rk"></span></div>'
    )


# --- the stories -------------------------------------------------------------------------------

A1 = _story(
    1,
    "trien-khai-nhiem-vu-nam-hoc-2026-2027-doi-voi-giao-duc-thcs",
    "Triển khai nhiệm vụ năm học 2026 – 2027 đối với giáo dục THCS",
    "tin-tuc-su-kien",
    "2026-10-06T09:15:04",
    [
        P("Dự hội nghị có ông Trần Quốc Khánh, Phó Chủ tịch UBND huyện; lãnh đạo Phòng GD&ĐT cùng hiệu trưởng, phó hiệu trưởng và tổ trưởng chuyên môn các trường THCS."),
        Img(_photo("a1-1"), "Quang cảnh hội nghị triển khai nhiệm vụ năm học.", "Quang cảnh hội nghị triển khai nhiệm vụ năm học."),
        P("Báo cáo tại hội nghị cho thấy, năm học 2025 – 2026, giáo dục THCS của huyện tiếp tục giữ vững chất lượng: tỷ lệ học sinh lên lớp đạt 99,2%; 100% học sinh lớp 9 được xét công nhận tốt nghiệp; huyện có 47 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh, xếp thứ 6/21 huyện, thành, thị."),
        P("Năm nhiệm vụ trọng tâm", "h1"),
        P("Tiếp tục thực hiện Chương trình giáo dục phổ thông 2018 đối với tất cả các khối lớp;", "li"),
        P("Đổi mới phương pháp dạy học, kiểm tra, đánh giá theo hướng phát triển phẩm chất, năng lực học sinh;", "li"),
        P("Đẩy mạnh chuyển đổi số, sử dụng hiệu quả hệ thống hồ sơ điện tử;", "li"),
        P("Nâng cao chất lượng giáo dục mũi nhọn gắn với giáo dục đại trà;", "li"),
        P("Tăng cường công tác tư vấn tâm lý, giáo dục kỹ năng sống cho học sinh.", "li"),
        Img(_photo("a1-2"), "Ảnh: Phan Thị Anh", None),
        P("Phát biểu chỉ đạo, ông Trần Quốc Khánh đề nghị các nhà trường bám sát kế hoạch, chủ động khắc phục khó khăn về cơ sở vật chất, đội ngũ; quan tâm hơn nữa đến học sinh vùng khó khăn ở các xã Tân Hợp, Đồng Văn, Tiên Kỳ."),
        _byline("Tin, ảnh: Phan Thị Anh"),
    ],
    authors=["Phan Thị Anh"],
    photographers=["Phan Thị Anh"],
    summary="Sáng 05/10, Phòng GD&ĐT Tân Kỳ tổ chức hội nghị triển khai nhiệm vụ năm học 2026 – 2027 đối với cấp THCS cho hơn 120 cán bộ quản lý, tổ trưởng chuyên môn của 23 trường trên địa bàn huyện.",
    sapo_outside=True,
    claps=64,
    pills=["Tin tức - Sự kiện", "Giáo Dục", "Tân Kỳ"],
)

A2 = _story(
    2,
    "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-86-thay-co-tranh-tai",
    "Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học: 86 thầy cô tranh tài",
    "hoat-dong-chuyen-mon",
    "2026-10-14T16:40:00",
    [
        P("Từ ngày 08 đến 13/10, tại Trường TH Thị trấn và Trường TH Kỳ Sơn, Phòng GD&ĐT Tân Kỳ tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học chu kỳ 2026 – 2028.", "drop"),
        P("Tham gia hội thi có 86 giáo viên đến từ 27 trường tiểu học, trong đó có 61 giáo viên dạy văn hóa và 25 giáo viên dạy các môn chuyên biệt: Âm nhạc, Mỹ thuật, Giáo dục thể chất, Tiếng Anh, Tin học."),
        Img(_photo("a2-1"), "Cô Nguyễn Thị Hồng, Trường TH Nghĩa Đồng, trong tiết dạy Tiếng Việt lớp 3.", "Cô Nguyễn Thị Hồng, Trường TH Nghĩa Đồng, trong tiết dạy Tiếng Việt lớp 3."),
        P("Điểm mới của hội thi năm nay là giáo viên không phải trình bày biện pháp bằng văn bản dài mà báo cáo trực tiếp trước ban giám khảo trong 15 phút, sau đó trả lời câu hỏi phản biện.", "hl"),
        P("Các tiết dạy được đánh giá theo hướng dẫn của Sở GD&ĐT Nghệ An, chú trọng việc tổ chức hoạt động cho học sinh, khai thác thiết bị dạy học và ứng dụng công nghệ thông tin một cách hợp lý."),
        P("“Điều tôi học được nhiều nhất không phải là giải thưởng, mà là cách các đồng nghiệp tổ chức cho học trò tự khám phá bài học”, cô Lê Thị Thanh Tâm, Trường TH Tân An chia sẻ.", "quote"),
        P("Kết quả, Ban tổ chức công nhận 71 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện; 12 giáo viên có tiết dạy xuất sắc được chọn tham gia xây dựng tiết dạy mẫu cho toàn huyện."),
    ],
    acct="nguyet",
    authors=["Hoàng Thị Minh Nguyệt"],
    claps=112,
    pills=["Hoạt động chuyên môn", "Tiểu Học", "Giáo Viên"],
)

A3 = _story(
    3,
    "truong-mam-non-hoa-sen-don-bang-cong-nhan-dat-chuan-quoc-gia-muc-do-1",
    "Trường Mầm non Hoa Sen đón Bằng công nhận đạt chuẩn Quốc gia mức độ 1",
    "tin-tuc-su-kien",
    "2026-10-20T15:05:00",
    [
        P("Về dự buổi lễ có đại diện lãnh đạo UBND huyện, Phòng GD&ĐT, Đảng ủy, HĐND, UBND xã Nghĩa Hoàn cùng đông đảo phụ huynh và các thế hệ cán bộ, giáo viên của nhà trường."),
        Img(_photo("a3-1"), "(Lãnh đạo huyện trao Bằng công nhận trường đạt chuẩn Quốc gia cho nhà trường)", "Lãnh đạo huyện trao Bằng công nhận trường đạt chuẩn Quốc gia cho nhà trường"),
        P("Thành lập năm 2011 trên cơ sở sáp nhập hai điểm trường lẻ, những ngày đầu nhà trường chỉ có 6 phòng học tạm, đồ dùng đồ chơi thiếu thốn. Đến nay, trường có 14 nhóm, lớp với 386 trẻ; 100% phòng học kiên cố, có khu vui chơi ngoài trời, phòng giáo dục thể chất và phòng âm nhạc riêng."),
        P("Năm học 2025 – 2026, 100% trẻ được ăn bán trú tại trường; tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm xuống còn 3,1%; nhà trường có 3 giáo viên đạt giáo viên dạy giỏi cấp tỉnh."),
        Img(_photo("a3-2"), None, None),
        P("Phát biểu tại buổi lễ, bà Hồ Thị Hà, Hiệu trưởng nhà trường bày tỏ: đạt chuẩn Quốc gia không phải là đích đến mà là điểm khởi đầu để tập thể sư phạm tiếp tục xây dựng môi trường giáo dục “an toàn – thân thiện – hạnh phúc” cho trẻ."),
        Raw('<p class="pw-post-body-paragraph qp qq gt qr b qs qt qu qv qw qx qy qz ra rb gm bk" data-selectable-paragraph=""><strong class="qr rm">Nguồn: </strong><em class="rc">Trường MN Hoa Sen</em></p>'),
    ],
    source="Trường MN Hoa Sen",
    summary="Ngày 19/10, Trường Mầm non Hoa Sen (xã Nghĩa Hoàn) long trọng tổ chức lễ đón nhận Bằng công nhận trường đạt chuẩn Quốc gia mức độ 1 và kỷ niệm 15 năm thành lập trường.",
    sapo_outside=True,
    claps=45,
    pills=["Tin tức - Sự kiện", "Mầm Non"],
)

A4 = _story(
    4,
    "co-giao-vung-cao-va-hanh-trinh-12-nam-bam-ban-khe-bu",
    "Cô giáo vùng cao và hành trình 12 năm bám bản Khe Bu",
    "guong-sang",
    "2026-10-28T20:30:00",
    [
        P("“Con chữ phải đi trước, cái nghèo mới lùi lại”", "h3"),
        P("Năm 2014, cô Lò Thị Mai tốt nghiệp Trường Cao đẳng Sư phạm Nghệ An và nhận quyết định về dạy tại điểm trường Khe Bu, Trường Tiểu học Đồng Văn 2. Con đường đất đỏ dài gần 20 km từ trung tâm xã vào bản, mùa mưa trơn trượt, có hôm cô phải dắt xe đi bộ hơn ba tiếng đồng hồ."),
        Img(_photo("a4-1"), "Cô Lò Thị Mai trong giờ học vần cùng học sinh lớp 1 điểm trường Khe Bu.", "Cô Lò Thị Mai trong giờ học vần cùng học sinh lớp 1 điểm trường Khe Bu."),
        P("Những năm đầu, lớp học chỉ có 9 em, nhiều em nghe tiếng Kinh còn chưa thạo. Cô vừa dạy chữ, vừa học tiếng Thái từ chính học trò và phụ huynh để trò chuyện với các em."),
        P("Có em nghỉ học đi rẫy cùng bố mẹ, tôi lại vào tận nhà. Một lần không được thì hai lần, ba lần.", "pull"),
        P("Nhờ sự kiên trì ấy, nhiều năm liền điểm trường Khe Bu duy trì sĩ số 100%, không có học sinh bỏ học giữa chừng. Nhiều lứa học trò của cô nay đã học lên THPT, có em đỗ vào Trường Đại học Vinh."),
        P("Hỏi về mong ước, cô Mai cười hiền:"),
        P("“Mong đường vào bản được bê tông hóa, để các em đi học không phải lội bùn nữa.”", "br"),
        _separator(),
        P("Năm học 2025 – 2026, cô Lò Thị Mai được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong sự nghiệp giáo dục vùng đồng bào dân tộc thiểu số."),
    ],
    acct="quyet",
    authors=["Lê Văn Quyết"],
    summary="Mười hai năm gắn bó với điểm trường lẻ Khe Bu, cô giáo Lò Thị Mai đã cùng bà con người Thái đưa hàng trăm em nhỏ đến lớp, gieo con chữ nơi vùng biên khó khăn của huyện.",
    sapo_outside=True,
    claps=1240,
    member=True,
    old_slug="co-giao-vung-cao-12-nam-bam-ban",
    responses=[("Trần Thị Bích Ngọc", "Oct 30", "Đọc mà thương cô quá. Mong đường vào Khe Bu sớm được làm.")],
    pills=["Gương sáng", "Giáo Viên Vùng Cao", "Nghệ An"],
    modified="2026-11-02T10:05:00",
)

A5 = _story(
    5,
    "tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-nam-2026",
    "Tập huấn chuyển đổi số trong quản lý trường học năm 2026",
    "hoat-dong-chuyen-mon",
    "2026-11-03T10:20:00",
    [
        P("Trong hai ngày 01 và 02/11, Phòng GD&ĐT Tân Kỳ phối hợp với Viettel Tân Kỳ tổ chức tập huấn chuyển đổi số trong quản lý trường học cho 142 cán bộ quản lý, nhân viên văn thư, kế toán các trường MN, TH, THCS."),
        Img(_photo("a5-1"), "Học viên thực hành ký số trên hệ thống quản lý văn bản.", "Học viên thực hành ký số trên hệ thống quản lý văn bản."),
        P("Nội dung tập huấn tập trung vào ba phần: sử dụng học bạ số, ký số văn bản trên hệ thống quản lý văn bản và điều hành, khai thác cơ sở dữ liệu ngành giáo dục phục vụ báo cáo thống kê."),
        P("Học bạ số: từ thí điểm đến đại trà", "h3"),
        P("Năm học 2025 – 2026, toàn huyện có 9 trường thí điểm học bạ số. Từ năm học này, 100% trường tiểu học và THCS triển khai học bạ số đối với học sinh lớp 1, 2, 3, 6 và 7."),
        Raw("EMBED"),
        P("Kết thúc tập huấn, các học viên được kiểm tra trực tuyến; 138/142 học viên đạt yêu cầu. Phòng GD&ĐT sẽ tiếp tục hỗ trợ các trường qua nhóm Zalo kỹ thuật trong suốt năm học."),
        _byline("Bài: ThS. Nguyễn Văn Tường – Ảnh: Trần Hải"),
    ],
    authors=["Nguyễn Văn Tường"],
    photographers=["Trần Hải"],
    claps=38,
    embed=("Hướng dẫn ký số trên hệ thống QLVB - Viettel Nghệ An", "Video hướng dẫn ký số văn bản (nguồn: Viettel Nghệ An)"),
    pills=["Hoạt động chuyên môn", "Chuyển Đổi Số"],
)

_A6_LETTERHEAD = (
    "UBND HUYỆN TÂN KỲ                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                 Độc lập - Tự do - Hạnh phúc\n"
    "Số: 486/TB-PGDĐT                      Tân Kỳ, ngày 06 tháng 11 năm 2026"
)
_PCLS = "pw-post-body-paragraph qp qq gt qr b qs qt qu qv qw qx qy qz ra rb gm bk"

A6 = _story(
    6,
    "thong-bao-kiem-tra-cong-nhan-dat-chuan-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
    "Thông báo kiểm tra công nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ năm 2026",
    "thong-bao",
    "2026-11-09T08:00:00",
    [
        Raw(
            '<pre class="rn ro rp rq rr rs rt ru bo rv ba bj"><span id="c3a1" class="rw la hm rt b bf rx ry l rz sa" data-selectable-paragraph="">'
            + esc(_A6_LETTERHEAD).replace("\n", "<br/>")
            + "</span></pre>"
        ),
        Raw('<h3 id="c3a2" class="sb sc gt be sd se sf sg sh si sj sk sl sm sn so sp sq bj" data-selectable-paragraph="">THÔNG BÁO</h3>'),
        Raw('<h3 id="c3a3" class="sb sc gt be sd se sf sg sh si sj sk sl sm sn so sp sq bj" data-selectable-paragraph="">Về việc kiểm tra công nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ năm 2026</h3>'),
        P("Căn cứ Kế hoạch số 112/KH-UBND ngày 15/9/2026 của UBND huyện Tân Kỳ về công tác phổ cập giáo dục, xóa mù chữ năm 2026; Phòng GD&ĐT thông báo lịch kiểm tra công nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ đối với các xã, thị trấn như sau:"),
        P("1. Thời gian: từ ngày 16/11/2026 đến hết ngày 20/11/2026 (theo lịch cụ thể gửi kèm)."),
        P("2. Thành phần đoàn kiểm tra: lãnh đạo Phòng GD&ĐT, chuyên viên phụ trách phổ cập các cấp học và đại diện Trung tâm GDNN-GDTX huyện."),
        P("3. Hồ sơ chuẩn bị: sổ theo dõi phổ cập, phiếu điều tra hộ gia đình, biên bản tự kiểm tra, báo cáo kết quả và các biểu thống kê xuất từ phần mềm phổ cập giáo dục – xóa mù chữ."),
        P("Đề nghị UBND các xã, thị trấn chỉ đạo Ban chỉ đạo phổ cập giáo dục cơ sở chuẩn bị đầy đủ hồ sơ; các trường phân công cán bộ phụ trách phổ cập có mặt đúng thời gian, địa điểm./."),
        Raw(
            f'<p class="{_PCLS}" data-selectable-paragraph=""><strong class="qr rm">Nơi nhận:</strong><br/>- Các trường MN, TH, THCS;<br/>'
            "- UBND các xã, thị trấn;<br/>- Lưu: VT, PCGD.</p>"
            f'<p class="{_PCLS}" data-selectable-paragraph=""><strong class="qr rm">KT. TRƯỞNG PHÒNG<br/>PHÓ TRƯỞNG PHÒNG</strong></p>'
            f'<p class="{_PCLS}" data-selectable-paragraph=""><em class="rc">(Đã ký)</em></p>'
            f'<p class="{_PCLS}" data-selectable-paragraph=""><strong class="qr rm">Nguyễn Thị Lan</strong></p>'
            f'<p class="{_PCLS}" data-selectable-paragraph="">📎 Lịch kiểm tra chi tiết: <a class="af sr" href="https://drive.google.com/file/d/1Kx7PcGdTk2026LichKiemTra/view?usp=sharing" rel="noopener ugc nofollow" target="_blank">LichKiemTra_PCGD_2026.pdf</a></p>'
        ),
    ],
    gold_date="2026-11-06",
    authors=["Nguyễn Thị Lan"],
    claps=22,
    pills=["Thông báo", "Phổ Cập Giáo Dục"],
)

A7 = _story(
    7,
    "ron-rang-ngay-hoi-doc-sach-tai-truong-tieu-hoc-nghia-dong",
    "Rộn ràng Ngày hội đọc sách tại Trường Tiểu học Nghĩa Đồng",
    "tin-tuc-su-kien",
    "2026-11-13T14:00:00",
    [
        P("Chiều 12/11, Trường Tiểu học Nghĩa Đồng tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn sách – một người bạn”, thu hút gần 500 học sinh cùng đông đảo phụ huynh tham gia.", "bold"),
        P("Ngày hội gồm nhiều hoạt động: trưng bày sách theo chủ đề, thi kể chuyện theo sách, vẽ tranh về nhân vật yêu thích, đố vui cùng thư viện và đổi sách cũ lấy sách mới."),
        Img(_photo("a7-1"), "Học sinh khối 2 say sưa đọc sách tại góc thư viện xanh.", "Học sinh khối 2 say sưa đọc sách tại góc thư viện xanh."),
        P("Em Phan Gia Hân, học sinh lớp 4B hào hứng: “Em đã đổi được ba cuốn truyện cổ tích."),
        P("Em sẽ đọc hết trong tuần này rồi kể lại cho em gái nghe”.", "br"),
        P("Dịp này, Hội Cha mẹ học sinh nhà trường trao tặng thư viện 350 đầu sách thiếu nhi, nâng tổng số sách của thư viện lên hơn 6.200 bản."),
        _byline("Nguyễn Thị Thu Hà (Trường TH Nghĩa Đồng)"),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    summary="Chiều 12/11, Trường Tiểu học Nghĩa Đồng tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn sách – một người bạn”, thu hút gần 500 học sinh cùng đông đảo phụ huynh tham gia.",
    claps=57,
    nfd=True,
    pills=["Tin tức - Sự kiện", "Văn Hóa Đọc"],
)

A8 = _story(
    8,
    "tan-ky-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    "Tân Kỳ tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 🌸",
    "tin-tuc-su-kien",
    "2026-11-20T06:10:00",
    [
        P("Tới dự có đồng chí Nguyễn Hữu Thắng, Bí thư Huyện ủy; lãnh đạo Thường trực HĐND, UBND huyện, các ban, ngành cấp huyện cùng 350 đại biểu là cán bộ quản lý, giáo viên, nhà giáo lão thành."),
        Img(_photo("a8-1"), "Văn nghệ chào mừng do học sinh Trường THCS Lý Tự Trọng biểu diễn.", "Văn nghệ chào mừng do học sinh Trường THCS Lý Tự Trọng biểu diễn."),
        P("Năm học 2025 – 2026, toàn ngành có 2.416 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn trình độ đào tạo, trong đó 71,3% trên chuẩn. Toàn huyện có 35 trường đạt chuẩn Quốc gia, chiếm 56,4%."),
        P("Tại buổi lễ, 24 nhà giáo tiêu biểu được Chủ tịch UBND huyện tặng Giấy khen; 6 tập thể nhận Cờ thi đua của UBND tỉnh. 🎉"),
        Img(_photo("a8-2"), "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu.", "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu."),
        P("Phát biểu tại buổi lễ, đồng chí Bí thư Huyện ủy ghi nhận những đóng góp thầm lặng của đội ngũ nhà giáo, nhất là các thầy cô đang công tác ở các điểm trường lẻ vùng khó."),
        _byline("Tin: Lê Văn Quyết – Ảnh: Hồ Sỹ Dũng"),
    ],
    authors=["Lê Văn Quyết"],
    photographers=["Hồ Sỹ Dũng"],
    summary="Sáng 19/11, UBND huyện Tân Kỳ tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026.",
    sapo_outside=True,
    claps=210,
    responses=[
        ("Nguyễn Văn Bình", "Nov 20", "Chúc mừng các thầy cô giáo huyện nhà nhân ngày 20/11!"),
        ("Hồ Thị Thanh", "Nov 21", "Tiết mục văn nghệ của các em Lý Tự Trọng rất cảm động."),
    ],
    pills=["Tin tức - Sự kiện", "20 11", "Nhà Giáo"],
)

A9 = _story(
    9,
    "thay-vi-van-son-nguoi-giu-lua-o-diem-truong-ban-met",
    "Thầy Vi Văn Sơn – người “giữ lửa” ở điểm trường Bản Mét",
    "guong-sang",
    "2026-11-24T07:45:00",
    [
        P("Hơn 20 năm đứng lớp ở điểm trường Bản Mét, Trường Tiểu học Tiên Kỳ, thầy Vi Văn Sơn vẫn giữ thói quen đến lớp từ 6 giờ sáng để nhóm bếp, đun nước ấm cho học trò."),
        Img(_photo("a9-1"), "Thầy Vi Văn Sơn hướng dẫn học sinh luyện viết.", "Thầy Vi Văn Sơn hướng dẫn học sinh luyện viết."),
        P("Điểm trường hiện có 2 lớp ghép với 17 học sinh, tất cả đều là con em đồng bào dân tộc Thổ. Nhiều gia đình đi làm ăn xa, các em ở với ông bà nên việc học phụ thuộc rất nhiều vào thầy."),
        P("Theo thống kê của nhà trường, trong 5 năm gần đây, 100% học sinh điểm trường Bản Mét hoàn thành chương trình lớp học, nhiều em đạt giải trong giao lưu Tiếng Việt của chúng em cấp huyện."),
        P("Ngoài giờ lên lớp, thầy Sơn tự tay đóng giá sách, trồng vườn rau, vận động các nhà hảo tâm tặng áo ấm, chăn màn cho học sinh mỗi khi mùa đông đến."),
        Raw("XEMTHEM"),
        _byline("Theo Báo Nghệ An"),
    ],
    source="Báo Nghệ An",
    claps=320,
    pills=["Gương sáng", "Dân Tộc Thiểu Số"],
)

A10 = _story(
    10,
    "ket-qua-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
    "Kết quả Hội khỏe Phù Đổng cấp huyện năm học 2026 – 2027",
    "tin-tuc-su-kien",
    "2026-11-27T17:20:00",
    [
        P("Kết quả toàn đoàn khối Tiểu học:"),
        P("Giải Nhất: Trường TH Thị trấn;", "oli"),
        P("Giải Nhì: Trường TH Nghĩa Đồng;", "oli"),
        P("Giải Ba: Trường TH Tân An.", "oli"),
        P("Kết quả toàn đoàn khối THCS:"),
        P("Giải Nhất: Trường THCS Lý Tự Trọng;", "oli"),
        P("Giải Nhì: Trường THCS Tân An;", "oli"),
        P("Giải Ba: Trường THCS Kỳ Sơn.", "oli"),
        Img(_photo("a10-1"), "Nội dung thi kéo co nữ khối THCS.", "Nội dung thi kéo co nữ khối THCS."),
        P("Ban tổ chức đã chọn 86 vận động viên xuất sắc thành lập đội tuyển tham dự Hội khỏe Phù Đổng tỉnh Nghệ An lần thứ XIII, dự kiến tổ chức vào tháng 3/2027."),
    ],
    summary="Sau 4 ngày tranh tài sôi nổi, Hội khỏe Phù Đổng huyện Tân Kỳ năm học 2026 – 2027 đã bế mạc chiều 26/11 với 9 môn thi đấu và 1.150 vận động viên tham gia.",
    sapo_outside=True,
    claps=88,
    pills=["Tin tức - Sự kiện", "Thể Thao"],
)

A11 = _story(
    11,
    "hoc-sinh-toan-huyen-nghi-hoc-ngay-02-12-de-phong-tranh-mua-lu",
    "Học sinh toàn huyện nghỉ học ngày 02/12 để phòng tránh mưa lũ",
    "thong-bao",
    "2026-12-01T16:55:00",
    [
        P("Thực hiện Công điện số 09/CĐ-UBND ngày 01/12/2026 của Chủ tịch UBND huyện về việc chủ động ứng phó với mưa lớn, lũ quét và sạt lở đất, Phòng GD&ĐT Tân Kỳ thông báo:"),
        P("Học sinh các trường mầm non, tiểu học, THCS trên địa bàn huyện nghỉ học ngày thứ Tư, 02/12/2026.", "li"),
        P("Cán bộ quản lý, giáo viên trực tại trường, kiểm tra, chằng chống phòng học, di chuyển hồ sơ, thiết bị lên cao.", "li"),
        P("Các trường có điểm trường lẻ ở vùng trũng, ven sông Con báo cáo tình hình thiệt hại (nếu có) về Phòng GD&ĐT trước 10 giờ ngày 03/12/2026.", "li"),
        P("Thời gian học sinh đi học trở lại sẽ được thông báo sau, căn cứ vào diễn biến thời tiết."),
        _byline("Văn phòng Phòng GD&ĐT"),
    ],
    authors=["Văn phòng Phòng GD&ĐT"],
    claps=96,
    pills=["Thông báo", "Phòng Chống Thiên Tai"],
)

A12 = _story(
    12,
    "chuyen-de-day-hoc-stem-trong-mon-khoa-hoc-tu-nhien-cap-thcs",
    "Chuyên đề “Dạy học STEM trong môn Khoa học tự nhiên” cấp THCS",
    "hoat-dong-chuyen-mon",
    "2026-12-03T14:30:00",
    [
        P("Chuyên đề có sự tham gia của 68 giáo viên dạy môn Khoa học tự nhiên đến từ 23 trường THCS trên địa bàn huyện."),
        P("Tiết dạy minh họa: chế tạo “bình lọc nước mini”", "h3"),
        P("Thầy Đặng Văn Minh, giáo viên Trường THCS Tân An thực hiện tiết dạy minh họa bài “Tách chất ra khỏi hỗn hợp” (Khoa học tự nhiên 6) theo quy trình kỹ thuật. Học sinh chia nhóm, thiết kế và chế tạo bình lọc nước từ vỏ chai nhựa, cát, sỏi và than hoạt tính."),
        Img(_photo("a12-1"), "Học sinh lớp 6A Trường THCS Tân An thử nghiệm sản phẩm bình lọc nước.", "Học sinh lớp 6A Trường THCS Tân An thử nghiệm sản phẩm bình lọc nước."),
        Img(_photo("a12-2"), "Giáo viên dự chuyên đề quan sát hoạt động của các nhóm.", "Giáo viên dự chuyên đề quan sát hoạt động của các nhóm."),
        P("Trong phần thảo luận, giáo viên các trường đã chia sẻ kinh nghiệm lựa chọn chủ đề STEM phù hợp với điều kiện thiết bị của từng trường, cách đánh giá sản phẩm của học sinh theo tiêu chí."),
        P("Phòng GD&ĐT yêu cầu mỗi trường THCS tổ chức ít nhất 2 chủ đề STEM mỗi học kỳ và gửi sản phẩm tiêu biểu tham gia Ngày hội STEM cấp huyện vào tháng 4/2027."),
    ],
    acct="quyet",
    authors=["Lê Văn Quyết"],
    summary="Ngày 28/11, tại Trường THCS Tân An, Phòng GD&ĐT tổ chức chuyên đề dạy học STEM trong môn Khoa học tự nhiên cho giáo viên THCS toàn huyện.",
    sapo_outside=True,
    claps=74,
    responses=[
        ("Nguyễn Thị Hằng", "Dec 3", "Chuyên đề rất thiết thực, mong Phòng tổ chức thêm cho môn Công nghệ."),
        ("Đặng Văn Minh", "Dec 4", "Cảm ơn các đồng nghiệp đã góp ý cho tiết dạy ạ."),
        ("Phạm Quang Huy", "Dec 4", "Xin file kế hoạch bài dạy để tham khảo với ạ."),
    ],
    pills=["Hoạt động chuyên môn", "Stem", "THCS"],
)

A13 = _story(
    13,
    "phat-dong-phong-trao-ao-am-cho-em-mua-dong-2026",
    "Phát động phong trào “Áo ấm cho em” mùa đông 2026",
    "tin-tuc-su-kien",
    "2026-12-04T09:12:00",
    [
        Img(_photo("a13-1"), "Những chiếc áo ấm đầu tiên được các thầy cô Trường THCS Lý Tự Trọng quyên góp.", "Những chiếc áo ấm đầu tiên được các thầy cô Trường THCS Lý Tự Trọng quyên góp."),
        P("Theo phát động, từ nay đến ngày 31/12/2026, mỗi cán bộ, giáo viên, nhân viên trong ngành ủng hộ ít nhất một ngày lương; các trường vận động học sinh quyên góp áo ấm, chăn màn, sách vở còn sử dụng được."),
        P("Năm 2025, phong trào đã tiếp nhận hơn 3.200 áo ấm, 640 chăn và 185 triệu đồng tiền mặt, trao tặng cho học sinh 14 điểm trường lẻ thuộc các xã Tân Hợp, Đồng Văn, Tiên Kỳ, Giai Xuân."),
        P("Mọi đóng góp xin gửi về Văn phòng Phòng GD&ĐT Tân Kỳ hoặc chuyển khoản vào tài khoản của Công đoàn ngành Giáo dục huyện (thông tin chi tiết tại các trường)."),
        P("Theo kế hoạch, lễ trao quà sẽ được tổ chức đồng loạt tại các điểm trường vào tuần cuối tháng 12/2026."),
    ],
    summary="Hưởng ứng đợt rét đầu mùa, Phòng GD&ĐT Tân Kỳ phát động phong trào “Áo ấm cho em” trong toàn ngành, hướng tới học sinh các điểm trường vùng khó.",
    sapo_outside=True,
    claps=31,
    pills=["Tin tức - Sự kiện", "Thiện Nguyện"],
)

ARTICLES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]

# --- stories that are no articles --------------------------------------------------------------

N_CONTACT = _story(
    101,
    "lien-he-voi-phong-gd-dt-tan-ky",
    "Liên hệ với Phòng GD&ĐT Tân Kỳ",
    "",
    "2026-10-02T08:30:00",
    [
        P("Phòng Giáo dục và Đào tạo huyện Tân Kỳ", "h3"),
        P("Địa chỉ: Khối 8, thị trấn Tân Kỳ, huyện Tân Kỳ, tỉnh Nghệ An"),
        P("Điện thoại: 0238 3882 135 – Fax: 0238 3882 136"),
        P("Email: pgdtanky@nghean.edu.vn"),
        P("Thời gian làm việc: sáng 7h00 – 11h30, chiều 13h30 – 17h00 các ngày từ thứ Hai đến thứ Sáu."),
        P("Mọi ý kiến đóng góp cho trang tin, xin gửi về Ban biên tập qua email trên hoặc để lại phản hồi dưới bài viết."),
    ],
    kind="contact",
    claps=12,
    pills=["Liên Hệ"],
)

N_ALBUM = _story(
    102,
    "album-anh-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
    "Album ảnh: Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học",
    "thu-vien-anh",
    "2026-10-25T10:00:00",
    [
        P("Một số hình ảnh tại Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học chu kỳ 2026 – 2028."),
        Img(_photo("n2-1"), "Lễ khai mạc hội thi.", "Lễ khai mạc hội thi."),
        Img(_photo("n2-2"), "Tiết dạy Tiếng Anh lớp 4.", "Tiết dạy Tiếng Anh lớp 4."),
        Img(_photo("n2-3"), "Tiết dạy Mỹ thuật lớp 2.", "Tiết dạy Mỹ thuật lớp 2."),
        Img(_photo("n2-4"), "Ban giám khảo trao đổi sau tiết dạy.", "Ban giám khảo trao đổi sau tiết dạy."),
        Img(_photo("n2-5"), "Lễ bế mạc và trao giải.", "Lễ bế mạc và trao giải."),
    ],
    kind="album",
    claps=140,
    pills=["Thư viện ảnh"],
)

N_DOC = _story(
    103,
    "cong-van-1024-pgddt-thcs-huong-dan-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    "Công văn 1024/PGDĐT-THCS về việc hướng dẫn kiểm tra cuối học kỳ I năm học 2026 – 2027",
    "van-ban",
    "2026-11-10T15:30:00",
    [
        P("Số ký hiệu: 1024/PGDĐT-THCS", "li"),
        P("Ngày ban hành: 10/11/2026", "li"),
        P("Loại văn bản: Công văn", "li"),
        P("Trích yếu: Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 – 2027 cấp THCS", "li"),
        P("Người ký: Phan Văn Hùng – Trưởng phòng", "li"),
        Raw(f'<p class="{_PCLS}" data-selectable-paragraph="">Tải văn bản: <a class="af sr" href="https://drive.google.com/file/d/1Cv1024PgdDtThcsHk1/view" rel="noopener ugc nofollow" target="_blank">1024-PGDDT-THCS.pdf</a></p>'),
    ],
    kind="doc",
    claps=9,
    pills=["Văn bản"],
)

N_VIDEO = _story(
    104,
    "video-tiet-muc-bui-phan-chao-mung-20-11-cua-truong-thcs-ly-tu-trong",
    "Video: Tiết mục “Bụi phấn” chào mừng 20/11 của Trường THCS Lý Tự Trọng",
    "video",
    "2026-11-21T19:00:00",
    [
        Raw("EMBED"),
        P("Tiết mục do đội văn nghệ Trường THCS Lý Tự Trọng biểu diễn tại Lễ kỷ niệm Ngày Nhà giáo Việt Nam của huyện."),
    ],
    kind="video",
    claps=156,
    embed=("Bụi phấn - THCS Lý Tự Trọng Tân Kỳ - YouTube", None),
    pills=["Video"],
)

ALL = sorted([*ARTICLES, N_CONTACT, N_ALBUM, N_DOC, N_VIDEO], key=lambda s: s.opts["local"])
BY_PID = {s.opts["pid"]: s for s in ALL}

# --- time ----------------------------------------------------------------------------------------

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]
_TODAY = datetime(2026, 12, 5, 10, 0)
_EPOCH = datetime(1970, 1, 1)


def _local(s: Story, key: str = "local") -> datetime:
    return datetime.fromisoformat(s.opts[key])


def _utc(s: Story, key: str = "local") -> datetime:
    return _local(s, key) - timedelta(hours=7)


def _ms(s: Story) -> int:
    return int((_utc(s) - _EPOCH).total_seconds()) * 1000 + (s.id * 137) % 1000


def _iso_z(s: Story, key: str = "local") -> str:
    return _utc(s, key).strftime("%Y-%m-%dT%H:%M:%S") + f".{(s.id * 137) % 1000:03d}Z"


def _short_day(s: Story) -> str:
    """What the story header prints: "Nov 20" (the current year is not printed)."""
    d = _local(s)
    return f"{MONTHS[d.month - 1]} {d.day}" if d.year == _TODAY.year else f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def _long_day(s: Story) -> str:
    d = _local(s)
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def _card_day(s: Story) -> str:
    days = (_TODAY.date() - _local(s).date()).days
    return f"{days}d ago" if 0 < days < 7 else _short_day(s)


def _read_time(s: Story) -> int:
    words = sum(len(b.text.split()) for b in s.blocks if isinstance(b, P))
    return max(1, round(words / 180) + 1)


def _claps(n: int) -> str:
    return f"{n / 1000:.1f}K".replace(".0K", "K") if n >= 1000 else str(n)


# --- markup pieces ------------------------------------------------------------------------------


def _href(s: Story, source: str | None = None, slug: str | None = None) -> str:
    path = f"/{slug or s.slug}-{s.opts['pid']}"
    return f"{path}?source={source}" if source else path


def _sources(name: str, *, webp: bool) -> str:
    widths = (640, 720, 750, 786, 828, 1100, 1400)
    fmt = "format:webp/" if webp else ""
    return ", ".join(f"/v2/resize:fit:{w}/{fmt}{name} {w}w" for w in widths)


_SIZES = (
    "(min-resolution: 4dppx) and (max-width: 700px) 50vw, (-webkit-min-device-pixel-ratio: 4) and "
    "(max-width: 700px) 50vw, (min-resolution: 3dppx) and (max-width: 700px) 67vw, "
    "(-webkit-min-device-pixel-ratio: 3) and (max-width: 700px) 65vw, (min-resolution: 2.5dppx) and "
    "(max-width: 700px) 80vw, (min-resolution: 2dppx) and (max-width: 700px) 100vw, 700px"
)


def _figure(img: Img, t, n: int) -> str:
    name = _img_name(img.src)
    height = (394, 467, 525)[n % 3]
    cap = (
        f'<figcaption class="uf ug uh qt qu ui uj be b bf z dt" data-selectable-paragraph="">{t(img.printed)}</figcaption>'
        if img.printed
        else ""
    )
    return (
        '<figure class="ul um un uo up uq qt qu paragraph-image"><div role="button" tabindex="0" class="ur us fj ut bg uu">'
        f'<div class="qt qu uk"><picture><source srcSet="{_sources(name, webp=True)}" sizes="{_SIZES}" type="image/webp"/>'
        f'<source data-testid="og" srcSet="{_sources(name, webp=False)}" sizes="{_SIZES}"/>'
        f'<img alt="" class="bg mq uv c" width="700" height="{height}" loading="{"eager" if n == 0 else "lazy"}" role="presentation"/>'
        f"</picture></div></div>{cap}</figure>"
    )


def _media_hash(s: Story) -> str:
    return _hex("media-" + s.slug, 32)


def _embed(s: Story) -> str:
    title, caption = s.opts["embed"]
    cap = (
        f'<figcaption class="uf ug uh qt qu ui uj be b bf z dt" data-selectable-paragraph="">{esc(caption)}</figcaption>'
        if caption
        else ""
    )
    return (
        '<figure class="ul um un uo up uq"><div class="vb ij l ed"><div class="vc l">'
        f'<iframe src="/media/{_media_hash(s)}" allowfullscreen="" frameborder="0" height="393" width="700" '
        f'title="{esc(title)}" class="ep n gl dy bg" scrolling="no"></iframe></div></div>{cap}</figure>'
    )


def _body(s: Story, base: str) -> str:
    pid = s.opts["pid"]
    nfd = bool(s.opts.get("nfd"))

    def t(value: str) -> str:
        return text(value, nfd=nfd)

    def pid4(i: int) -> str:
        return _hex(f"{pid}-{i}", 4)

    out: list[str] = []
    blocks = s.blocks
    i = 0
    nimg = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            out.append(_figure(b, t, nimg))
            nimg += 1
            i += 1
            continue
        if isinstance(b, Raw):
            if b.html == "EMBED":
                out.append(_embed(s))
            elif b.html == "XEMTHEM":
                out.append(
                    f'<p id="{pid4(i)}" class="{_PCLS}" data-selectable-paragraph=""><strong class="qr rm">Xem thêm: </strong>'
                    f'<a class="af sr" href="{base}{_href(A4, slug=A4.opts["old_slug"])}" rel="noopener">'
                    "Cô giáo vùng cao 12 năm bám bản</a></p>"
                )
            else:
                out.append(b.html)
            i += 1
            continue
        if b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            kind = "nf" if tag == "ul" else "nh"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(
                    f'<li id="{pid4(i)}" class="qp qq gt qr b qs qt qu qv qw qx qy qz ra rb vd {kind} ve bk" data-selectable-paragraph="">{t(blocks[i].text)}</li>'
                )
                i += 1
            out.append(f'<{tag} class="">{"".join(items)}</{tag}>')
            continue
        inner = t(b.text)
        if b.style == "drop":
            inner = f'<span class="l vf vg vh bp vi vj vk vl vm ed">{t(b.text[0])}</span>{t(b.text[1:])}'
        elif b.style == "bold":
            inner = f'<strong class="qr rm">{inner}</strong>'
        elif b.style == "hl":
            out.append(
                '<div class="vn vo vp"><div class="ab q"><svg width="16" height="16" viewBox="0 0 16 16" fill="none" aria-hidden="true">'
                '<path d="M3 3h10v10H3z" fill="#6B6B6B"></path></svg><span class="be b dt z dv">Top highlight</span></div></div>'
            )
            inner = f'<mark class="vq vr ao">{inner}</mark>'
        while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
            i += 1
            inner += "<br/>" + t(blocks[i].text)
        if b.style in ("h1", "h3"):
            tag = "h1" if b.style == "h1" else "h2"
            out.append(f'<{tag} id="{pid4(i)}" class="vs vt gt be vu vv vw vx vy vz wa wb wc wd we wf wg wh bj" data-selectable-paragraph="">{inner}</{tag}>')
        elif b.style == "quote":
            out.append(f'<blockquote class="wi wj wk"><p id="{pid4(i)}" class="{_PCLS} wl" data-selectable-paragraph="">{inner}</p></blockquote>')
        elif b.style == "pull":
            out.append(
                f'<blockquote class="wm wn wo"><p id="{pid4(i)}" class="wp wq gt be wr ws wt wu wv ww wx wy bj" data-selectable-paragraph="">'
                f'<em class="rc">{inner}</em></p></blockquote>'
            )
        else:
            out.append(f'<p id="{pid4(i)}" class="{_PCLS}" data-selectable-paragraph="">{inner}</p>')
        i += 1
    return "".join(out)


def _snippet(s: Story) -> str:
    if s.summary and s.sapo_outside:
        return s.summary
    first = next((b.text for b in s.blocks if isinstance(b, P)), "")
    return first if len(first) <= 130 else first[:127].rsplit(" ", 1)[0] + "…"


def _thumb(s: Story) -> str:
    imgs = s.images
    if not imgs:
        return ""
    name = _img_name(imgs[0].src)
    return (
        f'<div class="ks kt ku"><img alt="{esc(s.title)}" class="bg kv" src="/v2/resize:fill:320:214/{name}" '
        'width="160" height="107" loading="lazy"/></div>'
    )


def _avatar(acct: str, size: int = 64) -> str:
    a = ACCOUNTS[acct]
    return f'<img alt="{esc(a["name"])}" class="l eq by dd de cx" src="/v2/resize:fill:{size}:{size}/{a["avatar"]}" width="{size // 2}" height="{size // 2}" loading="lazy"/>'


def _card(s: Story, source: str, base: str) -> str:
    """A modern Medium story preview (home, tagged pages, "More from")."""
    a = ACCOUNTS[s.opts["acct"]]
    href = _href(s, source)
    badge = (
        '<div class="ab q"><svg width="16" height="16" viewBox="0 0 64 64" fill="none"><path d="m39.637 40.831-5.771 15.423" fill="#FFC017"></path></svg>'
        '<span class="be b dt z dv">Member-only</span></div>'
        if s.opts.get("member")
        else ""
    )
    return (
        f'<article class="ky kz la" data-testid="post-preview"><div class="lb lc" role="link" tabindex="0" data-href="{base}{href}">'
        f'<div class="ab"><a href="https://medium.com/@{a["handle"]}?source={source}" rel="noopener follow">{_avatar(s.opts["acct"], 40)}</a>'
        f'<p class="be b dt z dv"><a class="af ag" href="https://medium.com/@{a["handle"]}?source={source}" rel="noopener follow">{esc(a["name"])}</a></p></div>'
        f'<div class="ld le">{badge}<a class="af ag" href="{href}" rel="noopener follow"><h2 class="be ld lf lg lh li lj lk ll lm ln lo lp lq lr ls lt lu dq dr ds dt dv">{esc(s.title)}</h2>'
        f'<div class="lv l"><h3 class="be b mb z me mf mg mh mi mj dv">{esc(_snippet(s))}</h3></div></a></div>'
        f'<div class="mk ml"><span class="be b dt z dv">{_card_day(s)}</span><span class="be b dt z dv">·</span>'
        f'<span class="be b dt z dv">{_read_time(s)} min read</span>'
        f'<div class="mm ab"><svg width="16" height="16" viewBox="0 0 16 16" aria-label="clap"><path d="M3.672 10.167"></path></svg><span class="mn be b dt z dv">{_claps(s.opts["claps"])}</span></div>'
        f'{_resp_count(s)}</div></div>{_thumb(s)}</article>'
    )


def _resp_count(s: Story) -> str:
    n = len(s.opts.get("responses", []))
    if not n:
        return ""
    return f'<div class="mo ab"><svg width="16" height="16" viewBox="0 0 16 16" aria-label="responses"><path d="M12.344 11.458"></path></svg><span class="mp be b dt z dv">{n}</span></div>'


def _nav(current: str = "") -> str:
    visible = SECTIONS[:5]
    hidden = SECTIONS[5:]
    items = "".join(
        f'<li class="{"hd he" if slug == current else "hd"}"><a class="af ag hf hg" href="/tagged/{slug}">{esc(name)}</a></li>'
        for slug, name in visible
    )
    more = "".join(
        f'<li><a class="af ag hm" role="menuitem" href="/tagged/{slug}">{esc(name)}</a></li>' for slug, name in hidden
    )
    more += '<li><a class="af ag hm" role="menuitem" href="/about">Giới thiệu</a></li>'
    more += f'<li><a class="af ag hm" role="menuitem" href="{_href(N_CONTACT)}">Liên hệ</a></li>'
    return (
        f'<nav class="ab cp hh" aria-label="publication navigation"><ul class="ab hi">{items}'
        '<li class="hd"><div class="ab" aria-haspopup="true" aria-expanded="false"><button class="af ag hf hg hj" aria-label="More">More'
        '<svg width="12" height="12" viewBox="0 0 12 12"><path d="M2 4l4 4 4-4"></path></svg></button>'
        f'<div class="hk hl pw-popover" role="menu" hidden=""><ul>{more}</ul></div></div></li></ul></nav>'
    )


def _topbar(req: Request, current_url: str) -> str:
    from urllib.parse import quote

    redir = quote(current_url, safe="")
    return (
        '<div class="l c"><div class="l c"><div class="ca cb l ch ci cj"><div class="ab q co bt ck"><div class="ab q">'
        '<a class="du ab" data-testid="headerMediumLogo" href="https://medium.com/?source=---two_column_layout_nav----------------------------------" rel="noopener follow" aria-label="Homepage">'
        '<svg xmlns="http://www.w3.org/2000/svg" width="719" height="160" fill="none" aria-labelledby="wordmark-medium-desc" viewBox="0 0 719 160"><desc id="wordmark-medium-desc">Medium Logo</desc><path fill="#242424" d="m174.104 9.734.215-.047V8.02H130.39"></path></svg></a>'
        '<div class="dv dw"><form action="https://medium.com/search" method="get"><input role="combobox" aria-controls="search-results" aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0" class="aa dx dy dz ab" placeholder="Search" value="" name="q"/></form></div></div>'
        '<div class="ab q ek"><a class="af ag" data-testid="headerWriteButton" href="https://medium.com/m/signin?operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2Fnew-story&amp;source=---two_column_layout_nav-----------------------new_post_topnav-----------" rel="noopener follow">Write</a>'
        f'<a class="af ag" data-testid="headerSignUpButton" href="https://medium.com/m/signin?operation=register&amp;redirect={redir}&amp;source=post_page---two_column_layout_nav-----------------------global_nav-----------" rel="noopener follow">Sign up</a>'
        f'<a class="af ag" data-testid="headerSignInButton" href="https://medium.com/m/signin?operation=login&amp;redirect={redir}&amp;source=post_page---two_column_layout_nav-----------------------global_nav-----------" rel="noopener follow">Sign in</a>'
        '</div></div></div></div></div>'
    )


_LOGO = "/v2/resize:fit:436/1*TkLogo7hQ2cPq0aVxW3mGdYt.png"


def _pub_header(current: str = "", big: bool = False) -> str:
    if big:
        return (
            '<div class="gb gc gd"><div class="ab cb ge"><a href="/" class="af ag" rel="noopener follow">'
            f'<img alt="{esc(PUB)}" class="gf" src="{_LOGO}" width="218" height="40"/></a></div>'
            f'<h1 class="be gg gh gi gj gk gl">{esc(PUB)}</h1><p class="be b gm z gn">{esc(PUB_TAGLINE)}</p>'
            '<div class="ab q go"><button class="gp gq gr gs" data-testid="publicationFollowButton">Follow publication</button>'
            '<span class="be b dt z dv">1.2K followers</span></div>'
            f"{_nav(current)}</div>"
        )
    return (
        '<div class="gb gc"><div class="ab q ge"><a href="/" class="af ag" rel="noopener follow">'
        f'<img alt="{esc(PUB)}" class="gf" src="{_LOGO}" width="109" height="20"/></a>'
        f'{_nav(current)}<button class="gp gq gr gs gt" data-testid="publicationFollowButton">Follow publication</button></div></div>'
    )


_FOOTER = (
    '<div class="ab cb xz"><div class="ya yb ab"><p class="be b dt z dv">'
    + "".join(
        f'<a class="af ag yc" href="{href}" rel="noopener follow">{label}</a>'
        for label, href in [
            ("Help", "https://help.medium.com/hc/en-us?source=post_page-----footer--------------------------------"),
            ("Status", "https://medium.statuspage.io/?source=post_page-----footer--------------------------------"),
            ("About", "https://medium.com/about?autoplay=1&amp;source=post_page-----footer--------------------------------"),
            ("Careers", "https://medium.com/jobs-at-medium/work-at-medium-959d1a85284e?source=post_page-----footer--------------------------------"),
            ("Press", "mailto:pressinquiries@medium.com"),
            ("Blog", "https://blog.medium.com/?source=post_page-----footer--------------------------------"),
            ("Privacy", "https://policy.medium.com/medium-privacy-policy-f03bf92035c9?source=post_page-----footer--------------------------------"),
            ("Rules", "https://policy.medium.com/medium-rules-30e5502c4eb4?source=post_page-----footer--------------------------------"),
            ("Terms", "https://policy.medium.com/medium-terms-of-service-9db0094a1e0f?source=post_page-----footer--------------------------------"),
            ("Text to speech", "https://speechify.com/medium?source=post_page-----footer--------------------------------"),
        ]
    )
    + "</p></div></div>"
)


def _page(req: Request, title: str, body: str, *, canonical: str, desc: str, extra_head: str = "") -> Response:
    base = base_url(req)
    doc = (
        '<!doctype html><html lang="en"><head>'
        f'<title data-rh="true">{esc(title)}</title><meta data-rh="true" charset="utf-8"/>'
        '<meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/>'
        '<meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" name="twitter:app:name:iphone" content="Medium"/>'
        '<meta data-rh="true" name="twitter:app:id:iphone" content="828256236"/><meta data-rh="true" property="al:ios:app_name" content="Medium"/>'
        '<meta data-rh="true" property="fb:app_id" content="542599432471018"/><meta data-rh="true" property="og:site_name" content="Medium"/>'
        f'<meta data-rh="true" name="description" content="{esc(desc)}"/>'
        f'<link data-rh="true" rel="icon" href="/_/fp/icons/Medium-Avatar-500x500.png"/>'
        f'<link data-rh="true" rel="search" type="application/opensearchdescription+xml" title="Medium" href="/osd.xml"/>'
        f'<link data-rh="true" rel="alternate" type="application/rss+xml" title="RSS" href="{base}/feed"/>'
        f'<link data-rh="true" rel="canonical" href="{base}{canonical}"/>'
        f"{extra_head}"
        '<link rel="stylesheet" href="/_/fp/css/main-branding-base.Ch8g7dPCoVXSvIOWf2cUaA.css"/>'
        '<script>!function(c){c.__GRAPHQL_URI__ = "https://medium.com/_/graphql"}(window);</script>'
        '</head><body><div id="root"><div class="a b c">'
        f"{_topbar(req, base + req.target)}{body}{_FOOTER}"
        '</div></div><script src="/_/fp/gen-js/main.manifest.3a1c4b3f.js"></script></body></html>'
    )
    return html(doc)


# --- pages --------------------------------------------------------------------------------------


def _more_from(s: Story) -> list[Story]:
    idx = ALL.index(s)
    others = sorted((o for o in ALL if o is not s), key=lambda o: (abs(ALL.index(o) - idx), -ALL.index(o)))
    return others[:4]


_RECOMMENDED = [
    ("Dạy học theo dự án: 7 sai lầm giáo viên hay mắc phải", "Thầy Giáo Làng", "https://medium.com/@thaygiaolang/day-hoc-theo-du-an-7-sai-lam-4c1f0e2b9a7d", "Sep 14, 2025", "2.1K"),
    ("What Finland Taught Me About Teaching Reading", "Sarah K. Lindqvist", "https://medium.com/age-of-awareness/what-finland-taught-me-about-teaching-reading-91ab3c77e0f2", "Mar 3", "5.4K"),
]


def _recommended() -> str:
    cards = "".join(
        '<article class="ky kz la" data-testid="post-preview"><div class="lb">'
        f'<p class="be b dt z dv"><a class="af ag" href="{href}?source=read_next_recirc-----{PUB_ID}----0---------------------" rel="noopener follow">{esc(author)}</a></p>'
        f'<a class="af ag" href="{href}?source=read_next_recirc-----{PUB_ID}----0---------------------" rel="noopener follow"><h2 class="be ld lf lg">{esc(title)}</h2></a>'
        f'<div class="mk ml"><span class="be b dt z dv">{date}</span><span>·</span><span class="mn be b dt z dv">{claps}</span></div></div>'
        f'<div class="ks kt ku"><img alt="{esc(title)}" class="bg kv" src="https://miro.medium.com/v2/resize:fill:320:214/1*{_hex(title, 22)}.jpeg" width="160" height="107" loading="lazy"/></div></article>'
        for title, author, href, date, claps in _RECOMMENDED
    )
    return (
        '<div class="yd ye"><h2 class="be yf yg yh">Recommended from Medium</h2>'
        f'<div class="yi yj">{cards}</div>'
        '<a class="af ag" href="https://medium.com/?source=read_next_recirc-----footer--------------------------------" rel="noopener follow">'
        '<button class="yk yl">See more recommendations</button></a></div>'
    )


def _responses_block(s: Story, base: str) -> str:
    resp = s.opts.get("responses", [])
    pid = s.opts["pid"]
    head = f'<h2 class="be yf yg yh" id="responses">Responses ({len(resp)})</h2>' if resp else '<h2 class="be yf yg yh">No responses yet</h2>'
    box = (
        '<div class="ym yn"><div class="ab q"><img alt="" class="l eq by dd de cx" src="/v2/resize:fill:64:64/1*dmbNkD5D-u45r44go_cf0g.png" width="32" height="32"/>'
        '<p class="be b dt z dv">What are your thoughts?</p></div></div>'
    )
    items = "".join(
        f'<div class="yo yp" data-testid="response"><div class="ab q"><a class="af ag" href="https://medium.com/@{_hex(name, 8)}?source=post_page---post_responses--{pid}----{k}-----------------------------------" rel="noopener follow">'
        f'<p class="be b dt z dv">{esc(name)}</p></a><p class="be b dt z dv"><span>{esc(day)}</span></p></div>'
        f'<pre class="yq yr"><p class="pw-response-paragraph be b ys z yt">{esc(body)}</p></pre>'
        '<div class="ab q"><button class="yu">Reply</button></div></div>'
        for k, (name, day, body) in enumerate(resp)
    )
    more = (
        f'<a class="af ag" href="{_href(s)}?responsesOpen=true&amp;sortBy=REVERSE_CHRON&amp;source=---post_responses--{pid}-----------------------------------" rel="noopener follow">'
        '<button class="yk yl">See all responses</button></a>'
        if resp
        else ""
    )
    return f'<div class="yv yw">{head}{box}{items}{more}</div>'


def _story_page(req: Request, s: Story) -> Response:
    base = base_url(req)
    pid = s.opts["pid"]
    acct = s.opts["acct"]
    a = ACCOUNTS[acct]
    canonical = _href(s)
    imgs = s.images
    og_img = f"{base}/v2/resize:fit:1200/{_img_name(imgs[0].src)}" if imgs else f"{base}/v2/resize:fit:1200/1*TkOgDefault0PgdTanKyEdu.png"
    desc = _snippet(s)
    modified = _iso_z(s, "modified") if "modified" in s.opts else _iso_z(s)
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "image": [og_img],
        "url": base + canonical,
        "dateCreated": _iso_z(s),
        "datePublished": _iso_z(s),
        "dateModified": modified,
        "headline": s.title,
        "name": s.title,
        "description": desc,
        "identifier": pid,
        "author": {"@type": "Person", "name": a["name"], "url": f"https://medium.com/@{a['handle']}"},
        "creator": [a["name"]],
        "publisher": {
            "@type": "Organization",
            "name": PUB,
            "url": base,
            "logo": {"@type": "ImageObject", "width": 218, "height": 40, "url": base + _LOGO},
        },
        "mainEntityOfPage": base + canonical,
        "isAccessibleForFree": not s.opts.get("member"),
    }
    apollo = {
        f"Post:{pid}": {
            "__typename": "Post",
            "id": pid,
            "title": s.title,
            "firstPublishedAt": _ms(s),
            "latestPublishedAt": _ms(s) + 86_400_000 * 2,
            "clapCount": s.opts["claps"],
            "isLocked": bool(s.opts.get("member")),
            "mediumUrl": base + canonical,
            "creator": {"__ref": f"User:{_hex(a['handle'], 12)}"},
            "collection": {"__ref": f"Collection:{PUB_ID}"},
        }
    }
    head = (
        f'<meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="og:title" content="{esc(s.title)}"/>'
        f'<meta data-rh="true" property="og:description" content="{esc(desc)}"/><meta data-rh="true" property="og:url" content="{base}{canonical}"/>'
        f'<meta data-rh="true" property="og:image" content="{og_img}"/><meta data-rh="true" property="article:author" content="https://medium.com/@{a["handle"]}"/>'
        f'<meta data-rh="true" property="article:published_time" content="{_iso_z(s)}"/>'
        f'<meta data-rh="true" name="author" content="{esc(a["name"])}"/><meta data-rh="true" name="twitter:card" content="summary_large_image"/>'
        f'<meta data-rh="true" name="twitter:label1" content="Reading time"/><meta data-rh="true" name="twitter:data1" content="{_read_time(s)} min read"/>'
        f'<meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large"/>'
        f'<link data-rh="true" rel="author" href="https://medium.com/@{a["handle"]}"/>'
        f'<link data-rh="true" rel="alternate" href="android-app://com.medium.reader/https/medium.com/p/{pid}"/>'
        f'<script data-rh="true" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    member = ""
    if s.opts.get("member"):
        member = (
            '<div class="ia ib ic"><p class="be b dt z dv">You have <strong>2</strong> free member-only stories left this month. '
            f'<a class="af ag" href="https://medium.com/m/signin?operation=register&amp;redirect={base}{canonical}&amp;source=-----{pid}---------------------post_regwall-----------" rel="noopener follow">Sign up for Medium</a> and get an extra one.</p></div>'
            '<div class="ab q id"><svg width="16" height="16" viewBox="0 0 64 64" fill="none"><path d="m39.637 40.831-5.771 15.423" fill="#FFC017"></path></svg>'
            '<p class="be b dt z dv">Member-only story</p></div>'
        )
    subtitle = (
        f'<h2 id="{_hex(pid + "-sub", 4)}" class="pw-subtitle-paragraph ie if gt be b ig ih ii ij ik il im in io ip iq ir is it iu iv dv" data-selectable-paragraph="">{esc(s.summary)}</h2>'
        if s.summary and s.sapo_outside
        else ""
    )
    resp = s.opts.get("responses", [])
    resp_link = (
        f'<a class="af ag" href="{canonical}?responsesOpen=true&amp;sortBy=REVERSE_CHRON&amp;source=---header_actions--{pid}---------------------respond_sidebar-----------" rel="noopener follow">'
        f'<svg width="24" height="24" viewBox="0 0 24 24" class="jk"><path d="M18.006 16.803"></path></svg><p class="be b dt z dv"><span class="pw-responses-count jl jm">{len(resp)}</span></p></a>'
        if resp
        else '<button class="jn jo" aria-label="responses" disabled=""><svg width="24" height="24" viewBox="0 0 24 24"><path d="M18.006 16.803"></path></svg></button>'
    )
    clapbar = (
        '<div class="jd je jf jg jh ji jj"><div class="ab q"><div class="pw-multi-vote-icon ed"><button class="jp jq" data-testid="headerClapButton" aria-label="clap">'
        '<svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"><path d="M11.37.828 12 3.282"></path></svg></button></div>'
        f'<div class="pw-multi-vote-count l jr"><p class="be b dt z dv"><button class="af fj ah ai aj ak al am an ao ap aq ar as at">{_claps(s.opts["claps"])}</button></p></div>'
        f"{resp_link}</div>"
        '<div class="ab q"><button aria-controls="addToCatalogBookmarkButton" aria-label="Add to list bookmark button" class="js jt">'
        '<svg width="24" height="24" viewBox="0 0 24 24"><path d="M17.5 1.25"></path></svg></button>'
        '<button aria-label="Listen" class="ju jv"><svg width="24" height="24" viewBox="0 0 24 24"></svg><p class="be b dt z dv">Listen</p></button>'
        '<button aria-label="Share Post" class="ju jv" data-testid="headerSocialShareButton"><svg width="24" height="24" viewBox="0 0 24 24"></svg><p class="be b dt z dv">Share</p></button></div></div>'
    )
    card = (
        '<div class="speechify-ignore ab cp"><div class="speechify-ignore bg l"><div class="iw ix iy iz ja ab"><div><div class="ab jb">'
        f'<div><div class="bm" aria-hidden="false"><a href="https://medium.com/@{a["handle"]}?source=post_page---byline--{pid}--------------------------------" rel="noopener follow">'
        f'<div class="l jc"><div class="l ed">{_avatar(acct)}</div></div></a></div></div>'
        '<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="jw ab q"><div class="ab q jx"><div class="ab q">'
        f'<div><div class="bm" aria-hidden="false"><p class="be b bf z jy jz ka kb kc kd ke kf bj"><a class="af ag ah ai aj ak al am an ao ap aq ar kg" data-testid="authorName" href="https://medium.com/@{a["handle"]}?source=post_page---byline--{pid}--------------------------------" rel="noopener follow">{esc(a["name"])}</a></p></div></div></div>'
        '<span class="kh ki" aria-hidden="true"><span class="be b bf z dv">·</span></span>'
        '<p class="be b bf z dv"><button class="kj kk kl km kn ko kp kq kr ks kt ku kv" data-testid="followButton">Follow</button></p></div></div></span></div></div>'
        '<div class="l"><span class="be b bf z dv"><div class="ab cn kw kx ky"><div class="kz la ab"><div class="be b bf z dv ab lb">'
        f'<span class="lc l" aria-hidden="true">Published in</span><div class="ab q"><div class="bm" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar kg ab q" data-testid="publicationName" href="/" rel="noopener follow"><p class="be b bf z ld le lf lg lh li lj lk bj">{esc(PUB)}</p></a></div></div></div>'
        '<div class="h k"><span class="kh ki" aria-hidden="true"><span class="be b bf z dv">·</span></span></div></div>'
        f'<span class="be b bf z dv"><div class="ab ae"><span data-testid="storyReadTime">{_read_time(s)} min read</span>'
        '<div class="ll lm l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z dv">·</span></span></div>'
        f'<span data-testid="storyPublishDate">{_short_day(s)}</span></div></span></div></span></div></div></div></div>'
        f"{clapbar}</div></div></div>"
    )
    pills = "".join(
        f'<div class="yx l"><a href="https://medium.com/tag/{_tag_slug(p)}?source=post_page-----{pid}---------------------------------------" rel="noopener follow">'
        f'<div class="yy ed yz za zb zc">{esc(p)}</div></a></div>'
        for p in s.opts.get("pills", [])
    )
    last = max(ALL, key=lambda o: o.opts["local"])
    pubcard = (
        '<div class="zd ze"><div class="ab q"><a href="/" rel="noopener follow">'
        f'<img alt="{esc(PUB)}" class="zf" src="/v2/resize:fill:96:96/1*TkPubAvatar2Xq9wLmB4kR.png" width="48" height="48"/></a>'
        '<button class="gp gq gr gs" data-testid="publicationFollowButton">Follow</button></div>'
        f'<h2 class="be zg zh zi"><span class="zj">Published in </span><a class="af ag" href="/" rel="noopener follow">{esc(PUB)}</a></h2>'
        f'<div class="ab q"><span class="be b dt z dv">1.2K Followers</span><span class="kh">·</span><span class="be b dt z dv">Last published <span>{_long_day(last)}</span></span></div>'
        f'<p class="be b dt z dv">{esc(PUB_TAGLINE)}</p></div>'
    )
    written = (
        '<div class="zd ze"><div class="ab q"><a href="https://medium.com/@'
        f'{a["handle"]}?source=post_page---post_author_info--{pid}--------------------------------" rel="noopener follow">{_avatar(acct, 96)}</a>'
        '<button class="kj kk kl km" data-testid="followButton">Follow</button></div>'
        f'<h2 class="be zg zh zi"><a class="af ag" href="https://medium.com/@{a["handle"]}?source=post_page---post_author_info--{pid}--------------------------------" rel="noopener follow">Written by {esc(a["name"])}</a></h2>'
        f'<div class="ab q"><span class="be b dt z dv">{a["followers"]} Followers</span><span class="kh">·</span><span class="be b dt z dv">{esc(a["role"])}</span></div>'
        f'<p class="be b dt z dv">{esc(a["bio"])}</p></div>'
    )
    upsell = (
        '<div class="zk zl"><h2 class="be yf yg yh">Get unlimited access to the best of Medium for less than $1/week.</h2>'
        f'<a class="af ag" href="https://medium.com/plans?dimension=post_audio_button&amp;postId={pid}&amp;source=upgrade_membership---post_audio_button----------------------------------" rel="noopener follow"><button class="zm zn">Become a member</button></a></div>'
        if s.opts.get("member")
        else ""
    )
    more_cards = "".join(
        _card(o, f"post_page-----{pid}----{k}---------------------{_uuid(pid)}-------", base) for k, o in enumerate(_more_from(s))
    )
    more = (
        f'<div class="zo zp"><h2 class="be yf yg yh">More from {esc(a["name"])} and {esc(PUB)}</h2><div class="yi yj">{more_cards}</div>'
        f'<a class="af ag" href="/" rel="noopener follow"><button class="yk yl">See all from {esc(PUB)}</button></a></div>'
    )
    article = (
        '<div class="l"><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fr fs ft fu fv"></div>'
        '<div class="fw fx fy fz ga"><div class="ab cb"><div class="ci bh gx gy gz ha">'
        f'{member}<div><h1 id="{_hex(pid + "-t", 4)}" class="pw-post-title hb hc gt be hd he hf hg hh hi hj hk hl hm hn ho hp hq hr hs ht hu hv hw hx hy bj" data-testid="storyTitle" data-selectable-paragraph="">{esc(s.title)}</h1></div>'
        f"{subtitle}{card}{_body(s, base)}"
        "</div></div></div></div></section></div></div></article></div>"
        f'<div class="ab cb"><div class="ci bh gx gy gz ha"><div class="zq ab zr">{pills}</div>{clapbar}{upsell}</div></div>'
        f'<div class="zs zt"><div class="ab cb"><div class="ci bh gx gy gz ha">{pubcard}{written}{_responses_block(s, base)}</div></div></div>'
        f'<div class="zu zv"><div class="ab cb"><div class="ci bh gx gy gz ha">{more}{_recommended()}</div></div></div>'
    )
    script = f'<script>window.__APOLLO_STATE__ = {json.dumps(apollo, ensure_ascii=False)}</script>'
    title = f"{s.title} | by {a['name']} | {PUB} | Medium"
    return _page(req, title, _pub_header() + article + script, canonical=canonical, desc=desc, extra_head=head)


def _uuid(seed: str) -> str:
    h = _hex("uuid-" + seed, 32)
    return f"{h[:8]}_{h[8:12]}_{h[12:16]}_{h[16:20]}_{h[20:32]}"


_VN_FOLD = str.maketrans("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ", "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")


def _tag_slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower().translate(_VN_FOLD)).strip("-")


def _listing_page(req: Request, title: str, heading: str, cards: str, *, canonical: str, current: str = "", desc: str = "") -> Response:
    body = (
        _pub_header(current)
        + f'<div class="ab cb"><div class="ci bh gx gy gz ha"><h1 class="be gg gh gi">{esc(heading)}</h1>'
        + f'<div class="lw lx">{cards}</div></div></div>'
    )
    return _page(req, title, body, canonical=canonical, desc=desc or PUB_TAGLINE)


def _home(req: Request) -> Response:
    base = base_url(req)
    featured = "".join(_card(s, f"collection_home---2------{k}-----------------------", base) for k, s in enumerate([A4, A9]))
    latest_list = sorted(ALL, key=lambda o: o.opts["local"], reverse=True)[:6]
    latest = "".join(_card(s, f"collection_home---4------{k}-----------------------", base) for k, s in enumerate(latest_list))
    editors = "".join(
        f'<li class="ab q"><a class="af ag" href="https://medium.com/@{a["handle"]}?source=collection_about---------------------------------------" rel="noopener follow">{_avatar(key, 40)}<span class="be b dt z">{esc(a["name"])}</span></a></li>'
        for key, a in ACCOUNTS.items()
    )
    about = (
        '<aside class="zw zx"><h2 class="be b dt z">Giới thiệu</h2>'
        f'<p class="be b dt z dv">{esc(PUB_TAGLINE)}. Thông tin hoạt động giáo dục, thông báo và gương người tốt việc tốt trong ngành.</p>'
        '<p class="be b dt z dv">Phòng GD&amp;ĐT huyện Tân Kỳ · Khối 8, thị trấn Tân Kỳ, Nghệ An · ĐT: 0238 3882 135 · pgdtanky@nghean.edu.vn</p>'
        f'<p class="be b dt z dv"><a class="af ag" href="/about">Xem thêm về {esc(PUB)}</a> · <a class="af ag" href="{_href(N_CONTACT)}">Liên hệ</a></p>'
        f'<h2 class="be b dt z">Editors</h2><ul>{editors}</ul>'
        '<div class="zy"><p class="be b dt z dv">Get an email whenever Giáo dục Tân Kỳ publishes.</p><button class="gp gq gr">Subscribe</button></div>'
        '<p class="be b dt z dv">© 2026 Phòng GD&amp;ĐT Tân Kỳ</p></aside>'
    )
    body = (
        _pub_header(big=True)
        + '<div class="ab cb"><div class="ci bh gx gy gz ha">'
        + f'<section class="lw"><h2 class="be gg gh">Featured</h2><div class="lx">{featured}</div></section>'
        + f'<section class="lw"><h2 class="be gg gh">Latest</h2><div class="lx">{latest}</div>'
        + '<a class="af ag" href="/archive" rel="noopener follow"><button class="yk yl">See all</button></a></section>'
        + f"{about}</div></div>"
    )
    return _page(req, f"{PUB} – Medium", body, canonical="/", desc=PUB_TAGLINE)


PER_TAG_PAGE = 4


def _tagged(req: Request, slug: str) -> Response | None:
    base = base_url(req)
    stories = sorted((s for s in ALL if s.cat == slug), key=lambda o: o.opts["local"], reverse=True)
    after = req.params.get("after")
    start = 0
    if after is not None:
        if not after.isdigit():
            return None
        start = sum(1 for s in stories if _ms(s) >= int(after))
    page = stories[start : start + PER_TAG_PAGE]
    cards = "".join(_card(s, f"collection_tagged---------{start + k}-----------------------", base) for k, s in enumerate(page))
    if not page:
        cards = '<p class="be b dt z dv">No more stories.</p>'
    if start + PER_TAG_PAGE < len(stories):
        cards += (
            '<div class="ab cb lz"><button class="yk yl" data-testid="loadMore">Show more</button>'
            f'<noscript><a class="af ag" href="/tagged/{slug}?after={_ms(page[-1])}">Older stories</a></noscript></div>'
        )
    name = SECTION_NAME[slug]
    return _listing_page(req, f"{name} – {PUB} – Medium", name, cards, canonical=f"/tagged/{slug}", current=slug)


def _archive_item(s: Story, k: int, base: str) -> str:
    a = ACCOUNTS[s.opts["acct"]]
    src = f"collection_archive---------{k}-----------------------"
    url = f"{base}{_href(s, src)}"
    fig = ""
    if s.images:
        name = _img_name(s.images[0].src)
        fig = (
            '<figure class="graf graf--figure graf--leading"><div class="aspectRatioPlaceholder is-locked">'
            f'<img class="graf-image" data-image-id="{name[2:]}" data-width="1600" data-height="1067" src="{base}/v2/resize:fit:800/{name}"/></div></figure>'
        )
    sub = f'<h4 class="graf graf--h4 graf-after--h3 graf--trailing graf--subtitle">{esc(_snippet(s))}</h4>'
    return (
        '<div class="streamItem streamItem--postPreview js-streamItem"><div class="cardChromeless u-marginTop20 u-paddingTop10 u-paddingBottom15 u-paddingLeft20 u-paddingRight20">'
        f'<div class="postArticle postArticle--short js-postArticle js-trackPostPresentation" data-post-id="{s.opts["pid"]}" data-source="{src}" data-tracking-context="postPreview">'
        '<div class="u-clearfix u-marginBottom15 u-paddingTop5"><div class="postMetaInline u-floatLeft"><div class="u-flexCenter">'
        f'<div class="postMetaInline-avatar u-flex0"><a class="link u-baseColor--link avatar" href="https://medium.com/@{a["handle"]}?source={src}" data-action="show-user-card" data-user-id="{_hex(a["handle"], 12)}" dir="auto">'
        f'<img src="{base}/v2/resize:fill:72:72/{a["avatar"]}" class="avatar-image u-size36x36 u-xs-size32x32" alt="Go to the profile of {esc(a["name"])}"/></a></div>'
        '<div class="postMetaInline postMetaInline-authorLockup ui-captionStrong u-flex1 u-noWrapWithEllipsis">'
        f'<a class="ds-link ds-link--styleSubtle link link--darken link--accent u-accentColor--textNormal u-accentColor--textDarken" href="https://medium.com/@{a["handle"]}" data-action="show-user-card" dir="auto">{esc(a["name"])}</a>'
        f' in <a class="ds-link ds-link--styleSubtle link--darkenOnHover link--accent u-accentColor--textNormal" href="{base}" data-action="show-collection-card" dir="auto">{esc(PUB)}</a>'
        '<div class="ui-caption u-fontSize12 u-baseColor--textNormal u-textColorNormal js-postMetaInlineSupplemental">'
        f'<a class="link link--darken" href="{url}" data-action="open-post" data-action-source="preview-listing"><time datetime="{_iso_z(s)}">{_long_day(s)}</time></a>'
        f'<span class="middotDivider u-fontSize12"></span><span class="readingTime" title="{_read_time(s)} min read"></span></div></div></div></div></div>'
        f'<div class="postArticle-content"><a href="{url}" data-action-source="preview-listing"><section class="section section--body section--first section--last"><div class="section-divider"><hr class="section-divider"/></div>'
        f'<div class="section-content"><div class="section-inner sectionLayout--insetColumn">{fig}<h3 class="graf graf--h3 graf-after--figure graf--title">{esc(s.title)}</h3>{sub}</div></div></section></a></div>'
        '<div class="u-clearfix u-paddingTop10"><div class="u-floatLeft"><div class="multirecommend js-actionMultirecommend u-flexCenter">'
        f'<span class="u-textAlignCenter u-relative u-background js-actionMultirecommendCount u-marginLeft5"><button class="button button--chromeless u-baseColor--buttonNormal js-multirecommendCountButton u-marginLeft4" data-action="show-recommends">{_claps(s.opts["claps"])}</button></span></div></div>'
        f'<div class="buttonSet u-floatRight"><a class="button button--smaller button--chromeless u-baseColor--buttonNormal" href="{url}" data-action="open-post">Read more…</a></div></div>'
        "</div></div></div>"
    )


def _archive_page(req: Request, heading: str, stories: list[Story], *, canonical: str, month: int | None = None, day_links: bool = False) -> Response:
    base = base_url(req)
    years = f'<div class="timebucket u-inlineBlock u-width50"><a class="link link--darkenOnHover" href="{base}/archive/2026">2026</a></div>'
    months = ""
    if canonical != "/archive":
        present = {_local(s).month for s in ALL}
        months = "".join(
            f'<div class="timebucket u-inlineBlock u-width35"><a class="link link--darkenOnHover{" u-textColorDarkest" if m == month else ""}" href="{base}/archive/2026/{m:02d}">{MONTHS_LONG[m - 1]}</a></div>'
            if m in present
            else f'<div class="timebucket u-inlineBlock u-width35"><span class="u-textColorLighter">{MONTHS_LONG[m - 1]}</span></div>'
            for m in range(1, 13)
        )
    days = ""
    if day_links and month:
        present_days = sorted({_local(s).day for s in ALL if _local(s).month == month})
        days = "".join(
            f'<div class="timebucket u-inlineBlock u-width35"><a class="link link--darkenOnHover" href="{base}/archive/2026/{month:02d}/{d:02d}">{d:02d}</a></div>'
            for d in present_days
        )
    items = "".join(_archive_item(s, k, base) for k, s in enumerate(stories))
    body = (
        _pub_header()
        + '<div class="container u-maxWidth740 u-marginTop30"><div class="row u-marginBottom40">'
        + f'<h1 class="heading-title u-inlineBlock u-fontSize32">{esc(heading)}</h1>'
        + f'<div class="u-marginTop20">{years}</div><div class="u-marginTop10">{months}</div><div class="u-marginTop10">{days}</div></div>'
        + f'<div class="js-postListHandle">{items}</div></div>'
    )
    return _page(req, f"Archive of stories published by {PUB} – Medium", body, canonical=canonical, desc=f"Stories published by {PUB}")


MONTH_LIMIT = 6


def _top(stories: list[Story], n: int = 5) -> list[Story]:
    return sorted(stories, key=lambda o: -o.opts["claps"])[:n]


def _archive(req: Request, month: str | None, day: str | None) -> Response | None:
    if month is None:
        return _archive_page(req, f"Top stories published by {PUB} in 2026", _top(ALL), canonical="/archive/2026")
    m = int(month)
    in_month = sorted((s for s in ALL if _local(s).month == m), key=lambda o: o.opts["local"], reverse=True)
    if not in_month:
        return None
    many = len(in_month) > MONTH_LIMIT
    if day is None:
        shown = _top(in_month) if many else in_month
        prefix = "Top stories" if many else "Stories"
        return _archive_page(
            req, f"{prefix} published by {PUB} in {MONTHS_LONG[m - 1]} of 2026", shown,
            canonical=f"/archive/2026/{m:02d}", month=m, day_links=many,
        )
    if not many:
        return None
    on_day = [s for s in in_month if _local(s).day == int(day)]
    if not on_day:
        return None
    return _archive_page(
        req, f"Stories published by {PUB} on {MONTHS_LONG[m - 1]} {int(day)}, 2026", on_day,
        canonical=f"/archive/2026/{m:02d}/{int(day):02d}", month=m, day_links=True,
    )


def _about(req: Request) -> Response:
    editors = "".join(
        f'<li><a class="af ag" href="https://medium.com/@{a["handle"]}?source=collection_about---------------------------------------" rel="noopener follow">{_avatar(key, 40)}{esc(a["name"])}</a> <span class="dv">{esc(a["role"])}</span></li>'
        for key, a in ACCOUNTS.items()
    )
    body = (
        _pub_header(big=True)
        + '<div class="ab cb"><div class="ci bh gx gy gz ha"><h1 class="be gg gh gi">Về Giáo dục Tân Kỳ</h1>'
        + f'<p class="be b ig">{esc(PUB_TAGLINE)}.</p>'
        + '<p class="be b ig">Trang đăng tải tin tức, thông báo, văn bản chỉ đạo và những câu chuyện đẹp về thầy cô, học trò của ngành Giáo dục huyện Tân Kỳ. Các bài viết do cán bộ Phòng GD&amp;ĐT và cộng tác viên ở các trường gửi về.</p>'
        + '<p class="be b ig">Địa chỉ: Khối 8, thị trấn Tân Kỳ, huyện Tân Kỳ, tỉnh Nghệ An · Điện thoại: 0238 3882 135 · Email: pgdtanky@nghean.edu.vn</p>'
        + f'<h2 class="be b dt z">Editors</h2><ul>{editors}</ul>'
        + '<div class="ab q"><span class="be b dt z dv">1.2K Followers</span><span class="kh">·</span><span class="be b dt z dv">17 stories</span><span class="kh">·</span>'
        + f'<span class="be b dt z dv">Last published {_long_day(A13)}</span></div></div></div>'
    )
    return _page(req, f"About – {PUB} – Medium", body, canonical="/about", desc=PUB_TAGLINE)


def _feed(req: Request) -> Response:
    base = base_url(req)
    latest = sorted(ALL, key=lambda o: o.opts["local"], reverse=True)[:10]

    def content(s: Story) -> str:
        parts = [f"<h4>{esc(s.summary)}</h4>"] if s.summary and s.sapo_outside else []
        for b in s.blocks:
            if isinstance(b, P):
                parts.append(f"<p>{esc(b.text)}</p>")
            elif isinstance(b, Img):
                cap = f"<figcaption>{esc(b.printed)}</figcaption>" if b.printed else ""
                parts.append(f'<figure><img alt="" src="{base}/v2/resize:fit:1024/{_img_name(b.src)}" />{cap}</figure>')
        parts.append(
            f'<img src="https://medium.com/_/stat?event=post.clientViewed&amp;referrerSource=full_rss&amp;postId={s.opts["pid"]}" width="1" height="1" alt="">'
        )
        return "".join(parts).replace("]]>", "]]&gt;")

    items = "".join(
        f"<item><title><![CDATA[{s.title}]]></title><link>{base}{_href(s, f'rss----{PUB_ID}---4')}</link>"
        f'<guid isPermaLink="false">https://medium.com/p/{s.opts["pid"]}</guid>'
        + "".join(f"<category><![CDATA[{_tag_slug(p)}]]></category>" for p in s.opts.get("pills", []))
        + f"<dc:creator><![CDATA[{ACCOUNTS[s.opts['acct']]['name']}]]></dc:creator>"
        f"<pubDate>{_utc(s).strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate><atom:updated>{_iso_z(s)}</atom:updated>"
        f"<content:encoded><![CDATA[{content(s)}]]></content:encoded></item>"
        for s in latest
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:cc="http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html">'
        f"<channel><title><![CDATA[{PUB} - Medium]]></title><description><![CDATA[{PUB_TAGLINE} - Medium]]></description>"
        f"<link>{base}?source=rss----{PUB_ID}---4</link><image><url>{base}/v2/resize:fill:150:150/1*TkPubAvatar2Xq9wLmB4kR.png</url><title>{PUB} - Medium</title><link>{base}?source=rss----{PUB_ID}---4</link></image>"
        f"<generator>Medium</generator><lastBuildDate>{_utc(latest[0]).strftime('%a, %d %b %Y %H:%M:%S GMT')}</lastBuildDate>"
        f'<atom:link href="{base}/feed" rel="self" type="application/rss+xml"/><webMaster><![CDATA[yourfriends@medium.com]]></webMaster>'
        f'<atom:link href="http://medium.superfeedr.com" rel="hub"/>{items}</channel></rss>'
    )
    return Response(200, xml, {"Content-Type": "text/xml; charset=UTF-8"})


def _media(req: Request, s: Story) -> Response:
    title, _ = s.opts["embed"]
    vid = _hex("yt-" + s.slug, 11)
    doc = (
        f'<!DOCTYPE html><html><head><title>{esc(title)}</title><meta name="description" content="{esc(title)}">'
        '<meta name="robots" content="noindex"><style>body{margin:0}</style></head><body>'
        f'<iframe class="embedly-embed" src="https://cdn.embedly.com/widgets/media.html?src=https%3A%2F%2Fwww.youtube.com%2Fembed%2F{vid}%3Ffeature%3Doembed&amp;display_name=YouTube&amp;url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3D{vid}&amp;type=text%2Fhtml&amp;schema=youtube" '
        f'width="854" height="480" scrolling="no" title="{esc(title)}" frameborder="0" allow="autoplay; fullscreen; encrypted-media; picture-in-picture;" allowfullscreen="true"></iframe>'
        "</body></html>"
    )
    return html(doc)


_STORY_PATH = re.compile(r"^/(?:([a-z0-9-]+)-)?([0-9a-f]{12})$")
_ARCHIVE_PATH = re.compile(r"^/archive/2026(?:/(\d\d)(?:/(\d\d))?)?$")
_MEDIA = {_media_hash(s): s for s in ALL if "embed" in s.opts}

OSD = (
    '<?xml version="1.0" encoding="UTF-8"?><OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">'
    "<ShortName>Medium</ShortName><Description>Search Medium</Description>"
    '<Url type="text/html" method="get" template="https://medium.com/search?q={searchTerms}&amp;source=opensearch"/>'
    "</OpenSearchDescription>"
)

ROBOTS = (
    "User-Agent: *\nDisallow: /m/\nDisallow: /me/\nDisallow: /@me$\nDisallow: /@me/\nDisallow: /*/edit$\n"
    "Disallow: /*/*/edit$\nDisallow: /r/\nDisallow: /trending\nAllow: /_/\n"
)


@dataclass
class MediumPublication:
    """The publication's custom domain: routes by path, ignores unknown query parameters."""

    def respond(self, req: Request) -> Response | None:
        path = req.path
        if path.startswith(("/v2/", "/_/")):
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/osd.xml":
            return Response(200, OSD, {"Content-Type": "application/xml"})
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/":
            return _home(req)
        if path == "/about":
            return _about(req)
        if path == "/feed":
            return _feed(req)
        if path == "/archive":
            return _archive_page(req, f"Top stories published by {PUB}", _top(ALL), canonical="/archive")
        m = _ARCHIVE_PATH.match(path)
        if m:
            return _archive(req, m.group(1), m.group(2))
        if path.startswith("/tagged/"):
            slug = path[len("/tagged/") :]
            return _tagged(req, slug) if slug in SECTION_NAME else None
        if path.startswith("/media/"):
            s = _MEDIA.get(path[len("/media/") :])
            return _media(req, s) if s else None
        if path.startswith("/p/"):
            s = BY_PID.get(path[3:])
            return redirect(base_url(req) + _href(s), 301) if s else None
        m = _STORY_PATH.match(path)
        if m:
            s = BY_PID.get(m.group(2))
            if s is None:
                return None
            slug = m.group(1)
            if slug not in (s.slug, s.opts.get("old_slug")):
                return redirect(base_url(req) + _href(s), 301)
            return _story_page(req, s)
        return None


def build_site() -> MediumPublication:
    return MediumPublication()


# --- gold ---------------------------------------------------------------------------------------

_LINK = re.compile(r'(?:href|src)="([^"]+)"|<link>([^<]+)</link>')
_HOST = "http://fixture.invalid"


def _internal_links(body: str) -> list[str]:
    out = []
    for m in _LINK.finditer(body):
        raw = _html.unescape(m.group(1) or m.group(2))
        if raw.startswith(_HOST):
            raw = raw[len(_HOST) :] or "/"
            if raw.startswith("?"):
                raw = "/" + raw
        if not raw.startswith("/") or raw.startswith("//"):
            continue
        path = urlsplit(raw).path
        if static_file(path) is not None:
            continue
        out.append(raw.split("#", 1)[0])
    return out


def crawl_all(site=None, start: str = START_PATH, limit: int = 3000) -> dict[str, tuple[int, str]]:
    """Every target reachable by links from ``start``: status and body (for the gold and checks)."""
    site = site or build_site()
    seen: dict[str, tuple[int, str]] = {}
    queue = [start]
    while queue and len(seen) < limit:
        target = queue.pop(0)
        if target in seen:
            continue
        path, _, query = target.partition("?")
        resp = site.respond(Request("GET", path, query, {"Host": "fixture.invalid"}))
        if resp is None:
            seen[target] = (404, "")
            continue
        body = resp.payload().decode("utf-8", "replace")
        seen[target] = (resp.status, body)
        if resp.status == 200:
            queue.extend(t for t in _internal_links(body) if t not in seen)
    return seen


def _variants() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for target, (status, _) in crawl_all().items():
        if status != 200:
            continue
        path = target.split("?", 1)[0]
        m = _STORY_PATH.match(path)
        if not m or m.group(2) not in BY_PID:
            continue
        found.setdefault(m.group(2), []).append(target)
    return found


_VARIANTS = _variants()


def _gold(s: Story) -> dict:
    path = _href(s)
    alts = sorted(t for t in _VARIANTS.get(s.opts["pid"], []) if t != path)
    return gold_record(s, path, SECTION_NAME[s.cat], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in ARTICLES]

NON_ARTICLES = [
    "/about",
    _href(N_CONTACT),
    _href(N_ALBUM),
    _href(N_DOC),
    _href(N_VIDEO),
]
