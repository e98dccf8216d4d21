"""Fixture portal: Phòng Giáo dục và Đào tạo huyện Đức Trọng (Lâm Đồng) on Deno Fresh 1.x.

Platform
    Deno Fresh 1.x on a VPS: every page is rendered on the server (Preact, Tailwind utility
    classes), a few parts are hydrated *islands* (marked by ``<!--frsh-<island>:<n>:-->`` comments,
    their props serialised in ``<script id="__FRSH_STATE" type="application/json">``), and the
    content comes from a headless CMS (Directus-like: images under ``/cms-assets/<uuid>?width=…``,
    rich text rendered either as Tailwind ``prose`` HTML or, for posts typed in Markdown, by a GFM
    renderer into ``<div class="markdown-body">``). Fresh 1.5 Partials: listing links carry an
    ``f-partial`` attribute pointing at ``/partials/…``, which answers a bare fragment.

URL scheme
    ``/`` home; ``/tin-tuc`` and ``/tin-tuc?page=N`` (N = 1..3, 5 posts a page, newest first);
    ``/tin-tuc/<slug>`` an article (``/tin-tuc/<cms id>`` and any query string serve the same
    post, with ``<link rel=canonical>`` to the slug URL; ``/tin-tuc/<slug>/`` redirects);
    ``/chuyen-muc/<slug>`` a category (its 3 newest posts; "Xem thêm" is an island ``<button>``
    with only ``f-partial``); ``/partials/tin-tuc?page=N`` and ``/partials/chuyen-muc/<slug>?page=2``
    fragments; ``/van-ban`` documents and ``/van-ban/<slug>`` entries; ``/gioi-thieu``;
    ``/lien-he``; ``/thu-vien-anh/<slug>`` an album; ``/tim-kiem?q=`` a search form.

Page templates
    Chrome: top bar with today's date, a menu with hover drop-downs, breadcrumbs, a sidebar
    (island "Tin nổi bật" linking by CMS id, "Đọc nhiều", visitor counter island, poll island,
    external links), footer. Article: category chip, ``<h1>`` (sometimes with a badge), a meta
    row (``<time datetime>`` in UTC, views, reading time, sometimes the CMS account, sometimes an
    update time), the "Nghe bài viết" island, an optional sapo, an optional table-of-contents
    island, the rich text, an optional author card, tags (not links), the share island and
    "Tin liên quan".

How each gold article is reached
    Home: slider island (3 posts, links with ``?utm_source=trang-chu&utm_medium=slider``), the 6
    newest as cards, two per category block. ``/tin-tuc?page=1..3``: all 13 (the oldest,
    "Triển khai nhiệm vụ năm học 2026-2027 đối với cấp THCS", only there, on page 3).
    Category pages: the 3 newest of each. Sidebar: "Tin nổi bật" (``/tin-tuc/1057``,
    ``/tin-tuc/1042``), "Đọc nhiều".

Traps
    1. Island props: ``__FRSH_STATE`` JSON holds the whole plain text of the post (for the
       "Nghe bài viết" text-to-speech island) and the excerpts of related posts; JSON-LD names
       the CMS account as author and gives UTC times. Gold: text only from the rendered page,
       authors from the printed byline.
    2. ``<time datetime>`` is the CMS value in UTC ("…T08:40:00.000Z"); a post with a day only is
       stored at local midnight, so its attribute says the day before
       (``2026-12-01T17:00:00.000Z`` for "2 thg 12, 2026"). Gold: the printed local day
       "2026-12-02" / the printed local time with +07:00.
    3. Dates printed by ``Intl.DateTimeFormat("vi-VN")``: time before the date
       ("15:40 Thứ Sáu, 4 tháng 12, 2026"), the short month "thg" ("2 thg 12, 2026"), no
       leading zero. Gold: "2026-12-04T15:40:00+07:00", "2026-12-02".
    4. The ``<h1>`` holds more than the headline: a visually hidden ``<span class="sr-only">Bài
       viết: </span>`` before it and a badge after it ("Mới"; "Nổi bật" with an SVG star); the
       ``<title>`` adds " | Phòng GD&ĐT Đức Trọng". Gold title: the headline alone.
    5. Table-of-contents island "Nội dung bài viết" above the text repeating the headings as a
       list of ``#anchor`` links. Gold: not body (the headings count once, where they are).
    6. GFM rendering: headings carry an anchor ``<a class="anchor">`` with an SVG; footnote calls
       are bare ``<sup>`` numbers (not text); the notes sit in ``<section data-footnotes>`` under a
       visually hidden English "Footnotes" heading, each with a "↩" back-link. Gold: the notes'
       text is body, the sr-only heading and the "↩" are not.
    7. Soft line breaks from the CMS editor are raw newlines inside ``<p class="whitespace-pre-line">``
       (no ``<br>``): the page shows separate lines. Gold: each printed line is its own paragraph.
    8. Every photo is preceded by a blurred LQIP ``<img aria-hidden>`` of the same asset
       (``?width=32&quality=20&blur=30``) and carries a ``srcset``. Gold: only the real ``src``.
    9. Captions three ways: ``<figcaption>`` equal to the ``alt``; a figcaption that is only a
       credit "Ảnh: K’Bảo" (caption None, photographer K’Bảo); an editor-typed centred italic
       ``<p>`` right after the photo (caption, not body); GFM images with the caption in the next
       ``<p><em>``.
    10. Bylines: a CMS author card after the text ("ThS. Lê Thị Hồng Nhung" + unit line) -> the name
        alone; "Đăng bởi bientap.ductrong" in the meta row -> nobody; closing lines "Tin, ảnh: X",
        "Tin: X - Ảnh: Y", a unit signing alone in a right-aligned raw-HTML ``<p align="right">``.
    11. The same post under several URLs: slider links with ``utm_`` parameters, the "Tin nổi
        bật" island by CMS id (``/tin-tuc/1057``), all answering 200 with a canonical link.
        Gold: one record, the others in ``alt_paths``.
    12. Pagination through Fresh Partials: links carry both ``href`` and ``f-partial``; category
        pages' "Xem thêm" is a ``<button f-partial>`` with no href, so a post beyond the third of
        its category is reached only via ``/tin-tuc?page=N``. Partials are listings, not articles.
    13. A "Xem thêm" relation card embedded between two text blocks (a CMS relation block) and a
        quote block whose ``<footer>`` carries the speaker: the card is not body, the quote and its
        attribution line are.
    14. An official notice with letterhead table, "Số: …", place-and-date line, "THÔNG BÁO / Về
        việc …", a schedule table, "Nơi nhận" and the signer; an attachment line.

Gold decisions on ambiguous points
    - Soft line breaks (trap 7) split paragraphs, as ``<br>`` does.
    - A quote's attribution footer ("— Bà …, Trưởng phòng …") is a paragraph of the body.
    - The GFM footnotes' entries are body paragraphs (without "↩"); the sr-only "Footnotes" is not.
    - The category is the breadcrumb's last item (the CMS's primary category).
    - The notice's date is the letterhead day (the page prints the same day); its signer is the
      author; the schedule table's rows (header row included) are paragraphs.
    - "Theo Báo Lâm Đồng" closing line -> source "Báo Lâm Đồng".
    - Typed emoji ("👉 ") in the text are kept.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
import unicodedata
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "deno_fresh_pgd"
PLATFORM = "Deno Fresh 1.x (islands, Preact, Tailwind) + headless CMS"
START_PATH = "/"

BUILD = "5f1c0e9b2a7d"
SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Đức Trọng"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5
CAT_PAGE = 3

CATS = {
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "giao-duc-mam-non": "Giáo dục Mầm non",
    "giao-duc-pho-thong": "Giáo dục phổ thông",
    "thong-bao": "Thông báo",
    "cong-doan-doan-doi": "Công đoàn - Đoàn Đội",
}


def asset(story_id: int, n: int, width: int = 960) -> str:
    """The CMS asset URL of a story's n-th photo, as the page prints it (unescaped)."""
    h = hashlib.md5(f"{story_id}-{n}".encode()).hexdigest()
    uuid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return f"/cms-assets/{uuid}?width={width}&format=webp"


# --- the stories (newest first) -------------------------------------------------------------

S1 = Story(
    1071,
    "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
    "Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026-2027: 46 giáo viên tham gia",
    "hoat-dong-chuyen-mon",
    "2026-12-04T15:40:00+07:00",
    [
        P("Sáng 04/12, tại Trường THCS Liên Nghĩa, Phòng GD&ĐT huyện Đức Trọng tổ chức bế mạc và "
          "trao giải Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026-2027."),
        P("Mục đích và quy mô hội thi", "h2"),
        P("Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, "
          "tích cực đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018."),
        Img(asset(1071, 1), "Ban Giám khảo dự giờ tiết dạy môn Khoa học tự nhiên lớp 8",
            "Ban Giám khảo dự giờ tiết dạy môn Khoa học tự nhiên lớp 8", "fig"),
        P("Tham gia hội thi có 46 giáo viên đến từ 17 trường THCS trên địa bàn huyện, dự thi ở "
          "9 môn học. Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và thực "
          "hiện hai tiết dạy trên lớp."),
        P("Kết quả", "h2"),
        P("Kết quả, Ban Tổ chức công nhận 38 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện, "
          "trong đó:"),
        P("- 08 giáo viên xếp loại Xuất sắc;", "pl"),
        P("- 17 giáo viên xếp loại Giỏi;", "pl"),
        P("- 13 giáo viên xếp loại Khá.", "pl"),
        Img(asset(1071, 2), "Lãnh đạo Phòng GD&ĐT trao giấy khen cho các giáo viên đạt giải Xuất sắc",
            "Lãnh đạo Phòng GD&ĐT trao giấy khen cho các giáo viên đạt giải Xuất sắc", "fig"),
        P("Phát biểu bế mạc, lãnh đạo Phòng GD&ĐT đề nghị các nhà trường tiếp tục nhân rộng các "
          "tiết dạy hay, biện pháp hiệu quả qua sinh hoạt tổ chuyên môn theo nghiên cứu bài học."),
    ],
    authors=["Lê Thị Hồng Nhung"],
    opts={"date": "full", "when": "2026-12-04T15:40", "badge": "Mới", "toc": True,
          "card": ("ThS. Lê Thị Hồng Nhung", "Tổ chuyên môn THCS - Phòng GD&ĐT"),
          "utm": True},
)

S2 = Story(
    1068,
    "truong-mn-hoa-sen-to-chuc-ngay-hoi-be-vui-khoe-be-an-toan",
    "Trường MN Hoa Sen tổ chức ngày hội “Bé vui khỏe – Bé an toàn”",
    "giao-duc-mam-non",
    "2026-12-02",
    [
        P("Nhằm giúp trẻ được vận động, rèn luyện thể lực và trang bị kỹ năng tự bảo vệ bản thân, "
          "Trường Mầm non Hoa Sen (thị trấn Liên Nghĩa) tổ chức ngày hội “Bé vui khỏe – Bé an toàn” "
          "cho hơn 400 trẻ."),
        P("Ngày hội gồm các trò chơi vận động như bật qua suối nhỏ, chuyền bóng qua đầu, kéo co; "
          "xen kẽ là các tình huống thực hành: không đi theo người lạ, cách gọi người lớn khi bị "
          "lạc, nhận biết nơi nguy hiểm trong nhà và ngoài đường."),
        Img(asset(1068, 1), "Ảnh: K’Bảo", None, "credit"),
        P("Nhiều phụ huynh đến tham dự, cùng con tham gia trò chơi “Gia đình an toàn”. Cô Nguyễn Thị "
          "Mai, Hiệu trưởng nhà trường cho biết sẽ duy trì ngày hội mỗi học kỳ một lần."),
        Raw('<p class="text-right font-semibold">Tin: Nguyễn Thị Thu Hà</p>'),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["K’Bảo"],
    summary="Ngày hội thu hút hơn 400 trẻ cùng phụ huynh tham gia các trò chơi vận động và "
            "thực hành kỹ năng phòng tránh tai nạn, xâm hại.",
    sapo_outside=True,
    opts={"date": "day", "when": "2026-12-02", "poster": "bientap.ductrong"},
)

_LETTERHEAD = (
    '<table class="w-full text-center text-sm"><tbody><tr>'
    '<td class="w-2/5 align-top"><p>UBND HUYỆN ĐỨC TRỌNG</p>'
    '<p class="font-bold">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</p><p>Số: 512/TB-PGDĐT</p></td>'
    '<td class="align-top"><p class="font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>'
    '<p class="font-bold underline">Độc lập - Tự do - Hạnh phúc</p>'
    '<p class="italic">Đức Trọng, ngày 30 tháng 11 năm 2026</p></td></tr></tbody></table>'
    '<p class="mt-6 text-center font-bold">THÔNG BÁO</p>'
    '<p class="text-center font-bold">Về việc kiểm tra công nhận duy trì phổ cập giáo dục, '
    "xóa mù chữ năm 2026</p>"
)
_NOTICE_CLOSE = (
    '<table class="mt-6 w-full text-sm"><tbody><tr><td class="w-1/2 align-top">'
    '<p class="font-bold italic">Nơi nhận:</p><p>- Như trên;</p><p>- UBND huyện (b/c);</p>'
    "<p>- Lưu: VT, PC.</p></td>"
    '<td class="text-center align-top"><p class="font-bold">KT. TRƯỞNG PHÒNG</p>'
    '<p class="font-bold">PHÓ TRƯỞNG PHÒNG</p><p class="italic">(đã ký)</p>'
    '<p class="font-bold">Phạm Văn Lực</p></td></tr></tbody></table>'
    '<p class="mt-4 text-sm"><svg class="inline h-4 w-4" viewBox="0 0 20 20"><path d="M4 4h12v12H4z"/>'
    '</svg> Tệp đính kèm: <a class="text-sky-700 underline" href="/uploads/van-ban/512-TB-PGDDT.pdf">'
    "512-TB-PGDDT.pdf</a> (186 KB)</p>"
)

S3 = Story(
    1066,
    "thong-bao-kiem-tra-cong-nhan-duy-tri-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
    "Thông báo kiểm tra công nhận duy trì phổ cập giáo dục, xóa mù chữ năm 2026",
    "thong-bao",
    "2026-11-30",
    [
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch số 245/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT về công tác phổ cập giáo "
          "dục, xóa mù chữ năm 2026, Phòng GD&ĐT thông báo lịch kiểm tra tại các xã, thị trấn như "
          "sau:"),
        P("Thời gian | Đơn vị được kiểm tra | Thành phần đoàn", "tr"),
        P("Thứ Hai, 07/12/2026 | Thị trấn Liên Nghĩa, xã Hiệp An | Đoàn số 1", "tr"),
        P("Thứ Ba, 08/12/2026 | Xã Tà Năng, xã Đa Quyn | Đoàn số 2", "tr"),
        P("Thứ Tư, 09/12/2026 | Xã Ninh Gia, xã Tà Hine | Đoàn số 1", "tr"),
        P("Ban Chỉ đạo phổ cập giáo dục các xã, thị trấn chuẩn bị đầy đủ hồ sơ, sổ theo dõi phổ cập "
          "và bố trí cán bộ chuyên trách làm việc với đoàn."),
        P("Đề nghị các đơn vị nghiêm túc thực hiện./."),
        Raw(_NOTICE_CLOSE),
    ],
    authors=["Phạm Văn Lực"],
    opts={"date": "day", "when": "2026-11-30", "render": "doc"},
)

S8 = Story(
    1064,
    "lich-tiep-cong-dan-thang-12-2026-cua-lanh-dao-phong",
    "Lịch tiếp công dân tháng 12/2026 của Lãnh đạo Phòng",
    "thong-bao",
    "2026-11-27T16:30:00+07:00",
    [
        P("Phòng GD&ĐT huyện Đức Trọng thông báo lịch tiếp công dân định kỳ tháng 12/2026 như sau:"),
        P("👉 Thứ Năm, 10/12/2026: Trưởng phòng Nguyễn Quang Huy tiếp công dân.", "li"),
        P("👉 Thứ Năm, 24/12/2026: Phó Trưởng phòng Phạm Văn Lực tiếp công dân.", "li"),
        P("Địa điểm: Phòng tiếp công dân, trụ sở Phòng GD&ĐT, số 2 đường 3 Tháng 4, thị trấn Liên "
          "Nghĩa. Thời gian: buổi sáng từ 7 giờ 30 đến 11 giờ."),
        P("Công dân đến liên hệ mang theo căn cước và các giấy tờ liên quan đến nội dung kiến nghị."),
        Raw('<p class="text-right font-semibold">Tổ Văn phòng</p>'),
    ],
    authors=["Tổ Văn phòng"],
    opts={"date": "full", "when": "2026-11-27T16:30"},
)

_GFM_ANCHOR = (
    '<a id="user-content-{id}" class="anchor" aria-hidden="true" tabindex="-1" href="#{id}">'
    '<svg class="octicon octicon-link" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">'
    '<path d="M7.775 3.275a.75.75 0 0 0 1.06 1.06l1.25-1.25a2 2 0 1 1 2.83 2.83"></path></svg></a>'
)

S4 = Story(
    1063,
    "duc-trong-tong-ket-5-nam-thuc-hien-chuong-trinh-giao-duc-pho-thong-2018",
    "Đức Trọng tổng kết 5 năm thực hiện Chương trình giáo dục phổ thông 2018",
    "giao-duc-pho-thong",
    "2026-11-25T10:20:00+07:00",
    [
        P("Sau 5 năm triển khai, Chương trình giáo dục phổ thông 2018 đã được thực hiện đồng bộ ở "
          "cả ba cấp học trên địa bàn huyện, tỷ lệ học sinh hoàn thành chương trình lớp học đạt "
          "trên 99%.", "lead"),
        P("Những kết quả nổi bật", "h2"),
        P("Toàn huyện có 100% trường tiểu học tổ chức dạy học 2 buổi/ngày; 100% giáo viên được bồi "
          "dưỡng đại trà về chương trình mới.", "fnref"),
        P("Cơ sở vật chất được đầu tư với tổng kinh phí gần 186 tỷ đồng, xây mới 142 phòng học bộ "
          "môn và 31 thư viện đạt chuẩn.", "fnref"),
        Img(asset(1063, 1), "Quang cảnh hội nghị tổng kết", "Quang cảnh hội nghị tổng kết", "gfm"),
        P("Khó khăn, hạn chế", "h2"),
        P("Một số trường vùng đồng bào dân tộc thiểu số còn thiếu giáo viên Tin học, Tiếng Anh và "
          "Nghệ thuật; thiết bị dạy học tối thiểu ở các lớp 8, 9 chưa đồng bộ."),
        P("Số liệu tính đến hết năm học 2025-2026.", "fn"),
        P("Trong đó ngân sách huyện 120 tỷ đồng, vốn xã hội hóa 66 tỷ đồng.", "fn"),
        Raw('<p align="right"><strong>Bộ phận Tiểu học</strong></p>'),
    ],
    authors=["Bộ phận Tiểu học"],
    summary="Sau 5 năm triển khai, Chương trình giáo dục phổ thông 2018 đã được thực hiện đồng bộ ở "
            "cả ba cấp học trên địa bàn huyện, tỷ lệ học sinh hoàn thành chương trình lớp học đạt "
            "trên 99%.",
    opts={"date": "full", "when": "2026-11-25T10:20", "render": "gfm", "utm": True},
)

S5 = Story(
    1060,
    "lien-doi-truong-th-kim-dong-ra-quan-ke-hoach-nho",
    "Liên đội Trường TH Kim Đồng ra quân “Kế hoạch nhỏ” thu gom giấy vụn",
    "cong-doan-doan-doi",
    "2026-11-23T14:00:00+07:00",
    [
        P("Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026-2027, Liên đội Trường Tiểu học Kim Đồng "
          "(xã Hiệp Thạnh) tổ chức ra quân thu gom giấy vụn, vỏ chai nhựa trong toàn trường."),
        Img(asset(1060, 1), "Các em đội viên phân loại giấy vụn trước khi cân",
            "Các em đội viên phân loại giấy vụn trước khi cân", "ptag"),
        P("Chỉ trong một buổi sáng, 24 chi đội đã thu gom được hơn 1,2 tấn giấy vụn và 300 kg vỏ chai "
          "nhựa. Số tiền bán được sẽ dùng mua áo ấm tặng học sinh có hoàn cảnh khó khăn dịp Tết."),
        Img(asset(1060, 2), "Chi đội 5A dẫn đầu toàn trường về khối lượng thu gom",
            "Chi đội 5A dẫn đầu toàn trường về khối lượng thu gom", "ptag"),
        P("Tổng phụ trách Đội Vũ Thị Lan cho biết phong trào giúp các em hình thành ý thức bảo vệ môi "
          "trường và tinh thần sẻ chia với bạn bè."),
        Raw('<p class="text-right italic">Tin, ảnh: Trần Văn Phúc</p>'),
    ],
    authors=["Trần Văn Phúc"],
    photographers=["Trần Văn Phúc"],
    opts={"date": "full", "when": "2026-11-23T14:00", "poster": "bientap.ductrong"},
)

S6 = Story(
    1057,
    "hoi-nghi-chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van-thcs",
    "Hội nghị chuyên đề “Dạy học phát triển năng lực” môn Ngữ văn THCS",
    "hoat-dong-chuyen-mon",
    "2026-11-20T09:15:00+07:00",
    [
        P("Ngày 20/11, tại Trường THCS Phú Hội, Phòng GD&ĐT tổ chức hội nghị chuyên đề “Dạy học phát "
          "triển năng lực” môn Ngữ văn cho hơn 90 giáo viên Ngữ văn cấp THCS."),
        P("Hội nghị đã dự hai tiết dạy minh họa: “Đọc hiểu văn bản nghị luận” lớp 9 và “Viết bài văn "
          "kể lại một trải nghiệm” lớp 6, sau đó thảo luận về cách thiết kế nhiệm vụ học tập."),
        Raw('<a href="/tin-tuc/hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027" '
            'class="my-6 block rounded-lg border-l-4 border-sky-600 bg-sky-50 p-4 hover:bg-sky-100">'
            '<span class="block text-xs font-semibold uppercase text-sky-700">Xem thêm</span>'
            '<span class="mt-1 block font-medium">Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm '
            "học 2026-2027: 46 giáo viên tham gia</span></a>"),
        P("Đổi mới không phải là bỏ hết cách dạy cũ, mà là để học sinh được đọc, được viết, được nói "
          "nhiều hơn trong mỗi tiết học.", "quote"),
        P("— Bà Đặng Thị Thanh Tâm, chuyên viên Phòng GD&ĐT", "cite"),
        P("Các đại biểu thống nhất mỗi tổ chuyên môn xây dựng ít nhất một chuyên đề cấp trường mỗi "
          "học kỳ, chia sẻ học liệu trên kho dùng chung của ngành."),
        Img(asset(1057, 1), "Tiết dạy minh họa của cô Phan Thị Hạnh, Trường THCS Phú Hội",
            "Tiết dạy minh họa của cô Phan Thị Hạnh, Trường THCS Phú Hội", "fig"),
    ],
    authors=["Hoàng Minh Đức"],
    summary="Hơn 90 giáo viên Ngữ văn cấp THCS dự hai tiết dạy minh họa và thảo luận giải pháp đổi "
            "mới kiểm tra, đánh giá theo định hướng phát triển năng lực.",
    sapo_outside=True,
    opts={"date": "full", "when": "2026-11-20T09:15", "updated": "16:45 21/11/2026",
          "badge": "Nổi bật", "card": ("Hoàng Minh Đức", "Chuyên viên Phòng GD&ĐT"), "alias": True},
)

S7 = Story(
    1054,
    "boi-duong-chuyen-de-lay-tre-lam-trung-tam-cho-120-giao-vien-mam-non",
    "Bồi dưỡng chuyên đề “Lấy trẻ làm trung tâm” cho 120 giáo viên mầm non",
    "giao-duc-mam-non",
    "2026-11-18T07:45:00+07:00",
    [
        P("Trong hai ngày 16 và 17/11, Phòng GD&ĐT huyện Đức Trọng tổ chức bồi dưỡng chuyên đề “Xây "
          "dựng trường mầm non lấy trẻ làm trung tâm” cho 120 cán bộ quản lý, giáo viên mầm non."),
        P("Nội dung bồi dưỡng gồm:"),
        P("1. Xây dựng môi trường lớp học mở, tận dụng nguyên vật liệu địa phương;", "pl"),
        P("2. Tổ chức hoạt động trải nghiệm theo hứng thú của trẻ;", "pl"),
        P("3. Đánh giá sự phát triển của trẻ qua quan sát hằng ngày.", "pl"),
        Img(asset(1054, 1), "Giáo viên thực hành làm đồ chơi từ vật liệu tái chế",
            "Giáo viên thực hành làm đồ chơi từ vật liệu tái chế", "fig"),
        P("Sau đợt bồi dưỡng, mỗi trường mầm non sẽ tổ chức ít nhất một hoạt động kiến tập để giáo "
          "viên chia sẻ kinh nghiệm."),
        Raw('<p class="text-right italic">Theo Báo Lâm Đồng</p>'),
    ],
    source="Báo Lâm Đồng",
    opts={"date": "dmy", "when": "2026-11-18T07:45"},
)

S9 = Story(
    1048,
    "truong-th-ta-nang-mo-hinh-thu-vien-than-thien",
    "Trường TH Tà Năng: mô hình “Thư viện thân thiện” giúp học sinh dân tộc thiểu số yêu đọc sách",
    "giao-duc-pho-thong",
    "2026-11-12T08:00:00+07:00",
    [
        P("Từ một phòng đọc nhỏ ít người lui tới, thư viện Trường Tiểu học Tà Năng nay trở thành nơi "
          "học sinh người K’Ho, Chu Ru tìm đến mỗi giờ ra chơi."),
        P("Sách được xếp trên kệ thấp, phân loại theo màu sắc để các em lớp 1, lớp 2 dễ tìm; góc đọc "
          "có thảm, gối và những cuốn truyện tranh song ngữ Việt - K’Ho do giáo viên tự biên soạn."),
        Img(asset(1048, 1), "Giờ đọc sách của học sinh lớp 3A", "Giờ đọc sách của học sinh lớp 3A", "fig"),
        P("Mỗi tuần, nhà trường tổ chức một tiết “Đọc cùng thầy cô”, học sinh kể lại câu chuyện mình "
          "thích bằng tiếng Việt. Nhiều em đã mạnh dạn hơn khi giao tiếp, kết quả môn Tiếng Việt "
          "được nâng lên rõ rệt."),
        Img(asset(1048, 2), None, None, "none"),
        P("Nhà trường mong nhận thêm sách thiếu nhi từ các nhà hảo tâm để bổ sung cho tủ sách lớp học."),
    ],
    authors=["Ka Điệp"],
    opts={"date": "full", "when": "2026-11-12T08:00", "card": ("CN. Ka Điệp", "Trường TH Tà Năng"),
          "utm": True},
)

S10 = Story(
    1045,
    "cong-doan-nganh-giao-duc-to-chuc-giai-bong-chuyen-hoi-nu",
    "Công đoàn ngành Giáo dục huyện tổ chức giải bóng chuyền hơi nữ CBGVNV",
    "cong-doan-doan-doi",
    "2026-11-06T07:30:00+07:00",
    [
        P("Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11, Công đoàn ngành Giáo dục huyện Đức "
          "Trọng tổ chức giải bóng chuyền hơi nữ cán bộ, giáo viên, nhân viên năm 2026."),
        P("Giải có 18 đội đến từ các cụm trường thi đấu theo thể thức vòng tròn tính điểm, chọn 4 đội "
          "vào vòng bán kết."),
        Img(asset(1045, 1), "Trận chung kết giữa cụm Liên Nghĩa và cụm Hiệp An",
            "Trận chung kết giữa cụm Liên Nghĩa và cụm Hiệp An", "fig"),
        P("Kết quả chung cuộc:"),
        P("Giải Nhất: cụm trường Liên Nghĩa", "pl"),
        P("Giải Nhì: cụm trường Hiệp An", "pl"),
        P("Giải Ba: cụm trường Ninh Gia và cụm trường Tà Năng", "pl"),
        Raw('<p class="text-right italic">Tin: Lưu Thị Ngọc Ánh - Ảnh: Cil Ha Ven</p>'),
    ],
    authors=["Lưu Thị Ngọc Ánh"],
    photographers=["Cil Ha Ven"],
    opts={"date": "full", "when": "2026-11-06T07:30"},
)

S11 = Story(
    1042,
    "tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang",
    "Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho cán bộ quản lý, giáo viên",
    "hoat-dong-chuyen-mon",
    "2026-10-28T13:30:00+07:00",
    [
        P("Ngày 28/10, Phòng GD&ĐT huyện Đức Trọng phối hợp với Trung tâm Chuyển đổi số tỉnh tổ chức "
          "tập huấn ứng dụng trí tuệ nhân tạo (AI) trong soạn giảng cho 210 cán bộ quản lý, giáo "
          "viên."),
        P("Nội dung tập huấn", "h2"),
        P("Sử dụng công cụ AI hỗ trợ thiết kế kế hoạch bài dạy và câu hỏi kiểm tra;", "li"),
        P("Tạo học liệu số: hình ảnh minh họa, phiếu học tập, bài trình chiếu;", "li"),
        P("Nhận diện rủi ro về bản quyền, bảo mật dữ liệu học sinh khi dùng AI.", "li"),
        Img(asset(1042, 1), "Giáo viên thực hành trên máy tính tại phòng tin học",
            "Giáo viên thực hành trên máy tính tại phòng tin học", "gfm"),
        P("Yêu cầu sau tập huấn", "h2"),
        P("Mỗi giáo viên hoàn thành một sản phẩm kế hoạch bài dạy có ứng dụng AI, nộp về tổ chuyên "
          "môn trước ngày 30/11/2026 để chọn các sản phẩm tiêu biểu chia sẻ toàn ngành."),
    ],
    opts={"date": "full", "when": "2026-10-28T13:30", "render": "gfm", "toc": True, "alias": True,
          "poster": "quantri"},
)

S12 = Story(
    1039,
    "duc-trong-khai-mac-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
    "Đức Trọng khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026-2027",
    "giao-duc-pho-thong",
    "2026-10-20",
    [
        P("Hội khỏe Phù Đổng cấp huyện năm học 2026-2027 thu hút gần 900 vận động viên là học sinh "
          "tiểu học và THCS của 42 trường tranh tài ở 8 môn thể thao."),
        Img(asset(1039, 1), "Màn đồng diễn thể dục của học sinh Trường TH Liên Nghĩa tại lễ khai mạc",
            "Màn đồng diễn thể dục của học sinh Trường TH Liên Nghĩa tại lễ khai mạc", "fig"),
        P("Các môn thi đấu gồm điền kinh, bơi lội, bóng đá, cầu lông, bóng bàn, cờ vua, đá cầu và võ "
          "thuật cổ truyền. Đây là dịp tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng cấp tỉnh."),
        P("Hội khỏe diễn ra đến hết ngày 25/10 tại Nhà thi đấu huyện và sân vận động thị trấn Liên "
          "Nghĩa."),
        Raw('<p class="text-right italic">Tin, ảnh: Nguyễn Văn Khoa</p>'),
    ],
    authors=["Nguyễn Văn Khoa"],
    photographers=["Nguyễn Văn Khoa"],
    summary="Gần 900 vận động viên của 42 trường tiểu học, THCS tranh tài ở 8 môn thể thao.",
    sapo_outside=True,
    opts={"date": "day", "when": "2026-10-20"},
)

S13 = Story(
    1036,
    "trien-khai-nhiem-vu-nam-hoc-2026-2027-doi-voi-cap-thcs",
    "Triển khai nhiệm vụ năm học 2026-2027 đối với cấp THCS",
    "hoat-dong-chuyen-mon",
    "2026-10-09T08:30:00+07:00",
    [
        P("Phòng GD&ĐT huyện Đức Trọng tổ chức hội nghị triển khai nhiệm vụ năm học 2026-2027 cấp "
          "THCS cho hiệu trưởng, phó hiệu trưởng và tổ trưởng chuyên môn của 17 trường THCS."),
        P("Năm học 2026-2027, cấp THCS tập trung nâng cao chất lượng dạy học môn tích hợp, đẩy mạnh "
          "giáo dục STEM và chuyển đổi số trong quản lý."),
        P("Chỉ tiêu chủ yếu", "h2"),
        P("Tỷ lệ học sinh lên lớp thẳng đạt 97% trở lên; 100% trường cập nhật học bạ số; mỗi trường có "
          "ít nhất 2 chủ đề STEM mỗi khối lớp."),
        Img(asset(1036, 1), "Toàn cảnh hội nghị", "Toàn cảnh hội nghị", "fig"),
    ],
    authors=["Lê Thị Hồng Nhung"],
    opts={"date": "dmy", "when": "2026-10-09T08:30",
          "card": ("ThS. Lê Thị Hồng Nhung", "Tổ chuyên môn THCS - Phòng GD&ĐT")},
)

STORIES: list[Story] = [S1, S2, S3, S8, S4, S5, S6, S7, S9, S10, S11, S12, S13]
BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
UTM = "utm_source=trang-chu&utm_medium=slider"


def article_path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}"


def _alt_paths(s: Story) -> list[str]:
    alts = []
    if s.opts.get("utm"):
        alts.append(f"{article_path(s)}?{UTM}")
    if s.opts.get("alias"):
        alts.append(f"/tin-tuc/{s.id}")
    return alts


GOLD = [gold_record(s, article_path(s), CATS[s.cat], alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/van-ban",
    "/van-ban/ke-hoach-245-kh-pgddt-pho-cap-giao-duc-2026",
    "/van-ban/cong-van-198-pgddt-huong-dan-nhiem-vu-nam-hoc",
    "/thu-vien-anh/ngay-nha-giao-viet-nam-20-11-2026",
]

# --- dates ---------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _when(s: Story) -> tuple[_dt.datetime, bool]:
    raw = s.opts["when"]
    if "T" in raw:
        return _dt.datetime.fromisoformat(raw), True
    return _dt.datetime.fromisoformat(raw + "T00:00"), False


def utc_attr(s: Story) -> str:
    local, _ = _when(s)
    return (local - _dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def printed_date(s: Story) -> str:
    local, timed = _when(s)
    wd = _WEEKDAYS[local.weekday()]
    style = s.opts.get("date", "full")
    if style == "day" or not timed:
        return f"{local.day} thg {local.month}, {local.year}"
    if style == "dmy":
        return f"{wd}, {local:%d/%m/%Y}, {local:%H:%M}"
    return f"{local:%H:%M} {wd}, {local.day} tháng {local.month}, {local.year}"


def relative(s: Story) -> str:
    local, _ = _when(s)
    days = (_dt.date(2026, 12, 5) - local.date()).days
    if days <= 0:
        return "Hôm nay"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


# --- chrome --------------------------------------------------------------------------------


class _Islands:
    """Collects island props for one page, numbering islands as Fresh does."""

    def __init__(self) -> None:
        self.props: list[dict] = []
        self.names: list[str] = []

    def wrap(self, name: str, props: dict, inner: str) -> str:
        n = len(self.props)
        self.props.append(props)
        if name not in self.names:
            self.names.append(name)
        return f"<!--frsh-{name}_default:{n}:-->{inner}<!--/frsh-{name}_default:{n}:-->"

    def scripts(self) -> str:
        state = json.dumps({"v": [self.props, []]}, ensure_ascii=False).replace("<", "\\u003c")
        imports = "".join(
            f'import {n}_default from "/_frsh/js/{BUILD}/island-{n}.js";' for n in self.names
        )
        reg = ",".join(f"{n}_default:{n}_default" for n in self.names)
        return (
            f'<script id="__FRSH_STATE" type="application/json" nonce="a1b2c3">{state}</script>'
            f'<script type="module" nonce="a1b2c3">import {{ deserialize }} from '
            f'"/_frsh/js/{BUILD}/deserializer.js";import {{ revive }} from "/_frsh/js/{BUILD}/main.js";'
            f"{imports}const ST = document.getElementById(\"__FRSH_STATE\").textContent;"
            f"const STATE = deserialize(ST);revive({{{reg}}}, STATE[0]);</script>"
        )


def _menu() -> str:
    cats = "".join(
        f'<li><a class="block px-4 py-2 hover:bg-sky-50" href="/chuyen-muc/{slug}">{esc(name)}</a></li>'
        for slug, name in CATS.items()
    )
    return (
        '<nav class="bg-sky-800 text-white"><ul class="mx-auto flex max-w-7xl flex-wrap px-4 text-sm font-medium">'
        '<li><a class="block px-4 py-3 hover:bg-sky-700" href="/">Trang chủ</a></li>'
        '<li class="group relative"><a class="block px-4 py-3 hover:bg-sky-700" href="/gioi-thieu">Giới thiệu</a>'
        '<ul class="absolute left-0 z-20 hidden w-56 bg-white text-slate-700 shadow-lg group-hover:block">'
        '<li><a class="block px-4 py-2 hover:bg-sky-50" href="/gioi-thieu#co-cau-to-chuc">Cơ cấu tổ chức</a></li>'
        '<li><a class="block px-4 py-2 hover:bg-sky-50" href="/gioi-thieu#chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li>'
        "</ul></li>"
        '<li class="group relative"><a class="block px-4 py-3 hover:bg-sky-700" href="/tin-tuc">Tin tức</a>'
        f'<ul class="absolute left-0 z-20 hidden w-60 bg-white text-slate-700 shadow-lg group-hover:block">{cats}</ul></li>'
        '<li><a class="block px-4 py-3 hover:bg-sky-700" href="/van-ban">Văn bản</a></li>'
        '<li><a class="block px-4 py-3 hover:bg-sky-700" href="/thu-vien-anh/ngay-nha-giao-viet-nam-20-11-2026">Thư viện ảnh</a></li>'
        '<li><a class="block px-4 py-3 hover:bg-sky-700" href="/lien-he">Liên hệ</a></li>'
        "</ul></nav>"
    )


def _header() -> str:
    return (
        '<div class="bg-sky-950 text-xs text-sky-100"><div class="mx-auto flex max-w-7xl justify-between px-4 py-1">'
        f"<span>{TODAY_LINE}</span><span>Đường dây nóng: 0263 3843 246</span></div></div>"
        '<header class="bg-white"><div class="mx-auto flex max-w-7xl items-center gap-4 px-4 py-4">'
        '<a href="/" class="flex items-center gap-3"><img src="/static/logo-pgd.png" alt="Logo" class="h-16 w-16">'
        '<div><p class="text-sm uppercase text-sky-700">UBND huyện Đức Trọng</p>'
        f'<p class="text-2xl font-bold uppercase text-sky-900">{esc(SITE_NAME)}</p></div></a>'
        '<form action="/tim-kiem" method="get" class="ml-auto hidden md:flex">'
        '<input name="q" type="search" placeholder="Tìm kiếm…" class="rounded-l border px-3 py-1 text-sm">'
        '<button class="rounded-r bg-sky-700 px-3 text-white" type="submit">Tìm</button></form>'
        "</div></header>" + _menu()
    )


def _sidebar(isl: _Islands) -> str:
    featured = [S6, S11]
    feat_html = "".join(
        f'<li class="border-b py-2"><a class="hover:text-sky-700" href="/tin-tuc/{s.id}">{esc(s.title)}</a></li>'
        for s in featured
    )
    feat = isl.wrap(
        "TinNoiBat",
        {"items": [{"id": s.id, "tieuDe": s.title, "anh": asset(s.id, 1, 320)} for s in featured]},
        f'<section class="rounded-xl bg-white p-4 shadow-sm"><h3 class="mb-2 font-bold text-sky-900">Tin nổi bật</h3>'
        f'<ul class="text-sm">{feat_html}</ul></section>',
    )
    most = [S6, S9, S2, S10]
    most_html = "".join(
        f'<li class="flex gap-2 border-b py-2"><span class="font-bold text-rose-600">{i}</span>'
        f'<div><a class="hover:text-sky-700" href="{article_path(s)}">{esc(s.title)}</a>'
        f'<p class="text-xs text-slate-400">{relative(s)}</p></div></li>'
        for i, s in enumerate(most, 1)
    )
    counter = isl.wrap(
        "BoDem",
        {"online": 37, "homNay": 1204, "tong": 2381559},
        '<section class="rounded-xl bg-white p-4 text-sm shadow-sm"><h3 class="mb-2 font-bold text-sky-900">Thống kê truy cập</h3>'
        "<p>Đang online: <b>37</b></p><p>Hôm nay: <b>1.204</b></p><p>Tổng truy cập: <b>2.381.559</b></p></section>",
    )
    poll = isl.wrap(
        "BinhChon",
        {"id": 7, "cauHoi": "Bạn quan tâm nội dung nào trên cổng thông tin?"},
        '<section class="rounded-xl bg-white p-4 text-sm shadow-sm"><h3 class="mb-2 font-bold text-sky-900">Thăm dò ý kiến</h3>'
        "<p>Bạn quan tâm nội dung nào trên cổng thông tin?</p>"
        '<label class="block"><input type="radio" name="bc" value="1"> Tin tức hoạt động</label>'
        '<label class="block"><input type="radio" name="bc" value="2"> Văn bản chỉ đạo</label>'
        '<label class="block"><input type="radio" name="bc" value="3"> Tuyển sinh</label>'
        '<button type="button" class="mt-2 rounded bg-sky-700 px-3 py-1 text-white">Bình chọn</button></section>',
    )
    return (
        '<aside class="space-y-6 lg:col-span-4">' + feat
        + '<section class="rounded-xl bg-white p-4 shadow-sm"><h3 class="mb-2 font-bold text-sky-900">Đọc nhiều</h3>'
        f'<ol class="text-sm">{most_html}</ol></section>'
        '<section class="rounded-xl bg-white p-4 text-sm shadow-sm"><h3 class="mb-2 font-bold text-sky-900">Liên kết</h3>'
        '<ul class="space-y-1"><li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://lamdong.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Lâm Đồng</a></li>'
        '<li><a href="https://ductrong.lamdong.gov.vn" target="_blank" rel="noopener">Cổng TTĐT huyện Đức Trọng</a></li></ul></section>'
        + counter + poll + "</aside>"
    )


def _footer() -> str:
    return (
        '<footer class="mt-10 bg-sky-950 text-sm text-sky-100"><div class="mx-auto grid max-w-7xl gap-4 px-4 py-8 md:grid-cols-2">'
        f'<div><p class="font-bold uppercase">{esc(SITE_NAME)}</p>'
        "<p>Địa chỉ: Số 2 đường 3 Tháng 4, thị trấn Liên Nghĩa, huyện Đức Trọng, tỉnh Lâm Đồng</p>"
        "<p>Điện thoại: 0263 3843 246 - Email: pgdductrong@lamdong.edu.vn</p></div>"
        '<div class="md:text-right"><p>Chịu trách nhiệm chính: Trưởng phòng Nguyễn Quang Huy</p>'
        "<p>© 2026 Phòng GD&amp;ĐT Đức Trọng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>"
        '<p class="text-xs text-sky-300">Vận hành trên <a href="https://fresh.deno.dev" rel="noopener">Fresh</a></p></div>'
        "</div></footer>"
    )


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    lis = []
    for label, href in items:
        if href:
            lis.append(f'<li><a class="hover:text-sky-700" href="{href}">{esc(label)}</a></li>'
                       '<li aria-hidden="true" class="text-slate-300">/</li>')
        else:
            lis.append(f'<li aria-current="page" class="text-slate-700">{esc(label)}</li>')
    return (f'<nav aria-label="breadcrumb" class="mb-4 text-sm text-slate-500">'
            f'<ol class="flex flex-wrap gap-2">{"".join(lis)}</ol></nav>')


def page(request: Request, title: str, main: str, isl: _Islands, *, head: str = "",
         crumbs: str = "", sidebar: bool = True) -> Response:
    side = _sidebar(isl) if sidebar else ""
    span = "lg:col-span-8" if sidebar else "lg:col-span-12"
    doc = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
        f"<title>{esc(title)}</title>"
        f'<link rel="stylesheet" href="/styles.css?__frsh_c={BUILD}">'
        f'<link rel="modulepreload" href="/_frsh/js/{BUILD}/main.js">'
        '<link rel="icon" href="/favicon.ico">' + head + "</head>"
        '<body f-client-nav class="bg-slate-50 font-sans text-slate-800">' + _header()
        + f'<main class="mx-auto max-w-7xl px-4 py-6">{crumbs}<div class="grid gap-8 lg:grid-cols-12">'
        f'<div class="{span}">{main}</div>{side}</div></main>' + _footer() + isl.scripts()
        + "</body></html>"
    )
    return html(doc)


# --- article rendering ---------------------------------------------------------------------


def _slugify_heading(text: str) -> str:
    t = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def _img_tag(img: Img, alt: str) -> str:
    src = img.src
    base = src.split("?", 1)[0]
    srcset = ", ".join(f"{base}?width={w}&amp;format=webp {w}w" for w in (480, 960, 1600))
    lqip = (f'<img aria-hidden="true" alt="" src="{base}?width=32&amp;quality=20&amp;blur=30" '
            'class="absolute inset-0 h-full w-full scale-110 object-cover blur-2xl">')
    real = (f'<img src="{esc(src)}" srcset="{srcset}" sizes="(min-width: 1024px) 768px, 100vw" '
            f'alt="{esc(alt)}" loading="lazy" decoding="async" width="960" height="640" '
            'class="relative h-auto w-full">')
    return f'<div class="relative overflow-hidden rounded-lg bg-slate-100">{lqip}{real}</div>'


def _render_img(img: Img) -> str:
    if img.style == "fig":
        return (f'<figure class="my-6">{_img_tag(img, img.printed or "")}'
                f'<figcaption class="mt-2 text-center text-sm italic text-slate-500">{esc(img.printed or "")}'
                "</figcaption></figure>")
    if img.style == "credit":
        return (f'<figure class="my-6">{_img_tag(img, "")}'
                f'<figcaption class="mt-1 text-right text-xs text-slate-400">{esc(img.printed or "")}'
                "</figcaption></figure>")
    if img.style == "ptag":
        return (f'<p class="text-center">{_img_tag(img, "IMG_" + img.src[12:16] + ".jpg")}</p>'
                f'<p class="text-center text-sm"><em>{esc(img.printed or "")}</em></p>')
    if img.style == "gfm":
        return (f'<p><img src="{esc(img.src)}" alt="{esc(img.printed or "")}" '
                f'title="{esc(img.printed or "")}"></p><p><em>{esc(img.printed or "")}</em></p>')
    return f'<figure class="my-6">{_img_tag(img, "")}</figure>'


def _group(blocks: list) -> list[tuple[str, list]]:
    """Consecutive blocks of a grouping style (list items, soft-break lines, table rows …)."""
    groups: list[tuple[str, list]] = []
    kinds = {"li": "ul", "pl": "pl", "tr": "table", "quote": "bq", "cite": "bq", "fn": "fn"}
    for b in blocks:
        kind = kinds.get(b.style, "") if isinstance(b, P) else ""
        if kind and groups and groups[-1][0] == kind:
            groups[-1][1].append(b)
        else:
            groups.append((kind, [b]))
    return groups


def render_body(s: Story) -> str:
    gfm = s.opts.get("render") == "gfm"
    out: list[str] = []
    fn_call = 0
    for kind, blocks in _group(s.blocks):
        first = blocks[0]
        if kind == "ul":
            cls = "" if gfm else ' class="list-disc space-y-1 pl-6"'
            out.append(f"<ul{cls}>" + "".join(f"<li>{esc(b.text)}</li>" for b in blocks) + "</ul>")
        elif kind == "pl":
            out.append('<p class="whitespace-pre-line">' + "\n".join(esc(b.text) for b in blocks) + "</p>")
        elif kind == "table":
            rows = []
            for i, b in enumerate(blocks):
                tag = "th" if i == 0 else "td"
                cells = "".join(f'<{tag} class="border px-2 py-1">{esc(c)}</{tag}>' for c in b.text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
            out.append('<table class="my-4 w-full border-collapse text-sm"><thead>' + rows[0]
                       + "</thead><tbody>" + "".join(rows[1:]) + "</tbody></table>")
        elif kind == "bq":
            inner = "".join(
                f"<p>{esc(b.text)}</p>" if b.style == "quote"
                else f'<footer class="mt-2 text-sm not-italic text-slate-500">{esc(b.text)}</footer>'
                for b in blocks
            )
            out.append(f'<blockquote class="my-6 border-l-4 border-slate-300 pl-4 italic">{inner}</blockquote>')
        elif kind == "fn":
            items = "".join(
                f'<li id="user-content-fn-{i}"><p>{esc(b.text)} <a href="#user-content-fnref-{i}" '
                f'data-footnote-backref="" aria-label="Back to reference {i}" '
                'class="data-footnote-backref">↩</a></p></li>'
                for i, b in enumerate(blocks, 1)
            )
            out.append('<section data-footnotes="" class="footnotes"><h2 id="footnote-label" '
                       f'class="sr-only">Footnotes</h2><ol>{items}</ol></section>')
        elif isinstance(first, Img):
            out.append(_render_img(first))
        elif isinstance(first, Raw):
            out.append(first.html)
        elif first.style in ("h2", "h3"):
            hid = _slugify_heading(first.text)
            anchor = _GFM_ANCHOR.format(id=hid) if gfm else ""
            out.append(f'<{first.style} id="{hid}">{anchor}{esc(first.text)}</{first.style}>')
        elif first.style == "lead":
            out.append(f"<p><strong>{esc(first.text)}</strong></p>")
        elif first.style == "fnref":
            fn_call += 1
            out.append(f'<p>{esc(first.text)}<sup><a href="#user-content-fn-{fn_call}" '
                       f'id="user-content-fnref-{fn_call}" data-footnote-ref="" '
                       f'aria-describedby="footnote-label">{fn_call}</a></sup></p>')
        else:
            out.append(f"<p>{esc(first.text)}</p>")
    inner = "".join(out)
    if gfm:
        return f'<div class="markdown-body mt-6" data-color-mode="light" data-light-theme="light">{inner}</div>'
    if s.opts.get("render") == "doc":
        return f'<div class="mt-6 space-y-3 text-justify leading-7">{inner}</div>'
    return f'<div class="prose prose-slate mt-6 max-w-none prose-img:rounded-lg">{inner}</div>'


def _plain_text(s: Story) -> str:
    return " ".join(s.paragraphs)


def _card(s: Story, small: bool = False) -> str:
    href = article_path(s)
    img = asset(s.id, 1, 480)
    return (
        '<article class="flex gap-4 border-b py-4">'
        f'<a href="{href}" class="shrink-0"><img src="{esc(img)}" alt="" '
        'class="h-24 w-36 rounded object-cover" loading="lazy"></a><div>'
        f'<h3 class="font-semibold leading-snug"><a class="hover:text-sky-700" href="{href}">{esc(s.title)}</a></h3>'
        f'<p class="mt-1 text-xs text-slate-400">{esc(CATS[s.cat])} · {relative(s)}</p>'
        + ("" if small else f'<p class="mt-1 line-clamp-2 text-sm text-slate-600">{esc(_excerpt(s))}</p>')
        + "</div></article>"
    )


def _excerpt(s: Story) -> str:
    text = s.summary or s.paragraphs[0]
    return text if len(text) <= 140 else text[:137].rsplit(" ", 1)[0] + "…"


def render_article(request: Request, s: Story) -> Response:
    isl = _Islands()
    cat = CATS[s.cat]
    badge = ""
    if s.opts.get("badge") == "Mới":
        badge = ('<span class="ml-2 inline-block rounded bg-rose-600 px-2 py-0.5 align-middle text-xs '
                 'font-medium text-white">Mới</span>')
    elif s.opts.get("badge"):
        badge = ('<span class="ml-2 inline-flex items-center gap-1 rounded bg-amber-400 px-2 py-0.5 align-middle '
                 'text-xs font-medium"><svg class="h-3 w-3" viewBox="0 0 20 20"><path d="M10 1l3 6 6 1-5 4 1 6-5-3-5 3 1-6-5-4 6-1z"/>'
                 f"</svg>{esc(s.opts['badge'])}</span>")
    meta = []
    if s.opts.get("updated"):
        meta.append(f'<span class="text-amber-700">Cập nhật: {esc(s.opts["updated"])}</span>')
    meta.append(f'<time datetime="{utc_attr(s)}">{esc(printed_date(s))}</time>')
    if s.opts.get("poster"):
        meta.append(f"<span>Đăng bởi {esc(s.opts['poster'])}</span>")
    meta.append(f"<span>{s.views():,} lượt xem".replace(",", ".") + "</span>")
    meta.append(f"<span>{max(2, len(_plain_text(s)) // 700)} phút đọc</span>")
    meta_html = '<span aria-hidden="true">·</span>'.join(meta)
    listen = isl.wrap(
        "NgheDoc",
        {"baiVietId": s.id, "tieuDe": s.title, "noiDung": _plain_text(s), "giong": "vi-VN-HoaiMy"},
        '<div class="mt-4 flex items-center gap-3 rounded-full bg-slate-100 px-4 py-2 text-sm">'
        '<button type="button" class="rounded-full bg-sky-700 px-3 py-1 text-white">▶ Nghe bài viết</button>'
        "<span>00:00 / 04:12</span></div>",
    )
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = f'<p class="mt-5 text-lg font-semibold leading-relaxed text-slate-700">{esc(s.summary)}</p>'
    toc = ""
    if s.opts.get("toc"):
        heads = [b.text for b in s.blocks if isinstance(b, P) and b.style == "h2"]
        lis = "".join(f'<li><a class="hover:underline" href="#{_slugify_heading(h)}">{esc(h)}</a></li>' for h in heads)
        toc = isl.wrap(
            "MucLuc",
            {"headings": heads},
            '<nav class="mt-6 rounded-lg border bg-slate-50 p-4 text-sm"><p class="mb-2 font-semibold">Nội dung bài viết</p>'
            f'<ol class="list-decimal space-y-1 pl-5 text-sky-800">{lis}</ol></nav>',
        )
    card = ""
    if s.opts.get("card"):
        name, unit = s.opts["card"]
        card = (
            '<div class="mt-8 flex items-center gap-3 border-t pt-4">'
            f'<img src="/cms-assets/avatar-{s.id}.jpg" alt="" class="h-12 w-12 rounded-full">'
            f'<div><p class="font-semibold text-slate-900">{esc(name)}</p>'
            f'<p class="text-sm text-slate-500">{esc(unit)}</p></div></div>'
        )
    tags = ('<div class="mt-6 flex flex-wrap gap-2 text-xs"><span class="font-semibold">Từ khóa:</span>'
            f'<span class="rounded bg-slate-100 px-2 py-1">#{esc(cat)}</span>'
            '<span class="rounded bg-slate-100 px-2 py-1">#PGDĐức Trọng</span></div>')
    base = base_url(request)
    share = isl.wrap(
        "ChiaSe",
        {"url": base + article_path(s), "tieuDe": s.title},
        '<div class="mt-6 flex gap-2 text-sm"><span>Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={base}{article_path(s)}" target="_blank" rel="noopener">Facebook</a>'
        f'<a href="https://zalo.me/share?u={base}{article_path(s)}" target="_blank" rel="noopener">Zalo</a>'
        '<button type="button">Sao chép liên kết</button><button type="button" onclick="window.print()">In bài</button></div>',
    )
    related = [r for r in _cat_top(s.cat) if r is not s]
    rel_html = isl.wrap(
        "TinLienQuan",
        {"items": [{"slug": r.slug, "tieuDe": r.title, "tomTat": _excerpt(r), "ngay": utc_attr(r)} for r in related]},
        '<section class="mt-8"><h2 class="mb-2 border-b-2 border-sky-700 pb-1 font-bold uppercase text-sky-900">Tin liên quan</h2>'
        + "".join(_card(r, small=True) for r in related) + "</section>",
    )
    main = (
        '<article class="rounded-xl bg-white p-6 shadow-sm">'
        f'<a href="/chuyen-muc/{s.cat}" class="text-xs font-semibold uppercase tracking-wide text-sky-700">{esc(cat)}</a>'
        f'<h1 class="mt-2 text-3xl font-bold leading-tight text-slate-900"><span class="sr-only">Bài viết: </span>'
        f"{esc(s.title)}{badge}</h1>"
        f'<div class="mt-3 flex flex-wrap items-center gap-x-3 text-sm text-slate-500">{meta_html}</div>'
        + listen + sapo + toc + render_body(s) + card + tags + share + "</article>" + rel_html
    )
    canonical = base + article_path(s)
    first_img = s.images[0].src if s.images else "/static/og-default.jpg"
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title[:110],
        "datePublished": utc_attr(s), "dateModified": utc_attr(s),
        "author": {"@type": "Person", "name": s.opts.get("poster", "bientap.ductrong")},
        "publisher": {"@type": "Organization", "name": SITE_NAME}, "image": base + first_img,
    }
    head = (
        f'<link rel="canonical" href="{esc(canonical)}">'
        f'<meta name="description" content="{esc(_excerpt(s))}">'
        f'<meta property="og:title" content="{esc(s.title)}"><meta property="og:type" content="article">'
        f'<meta property="og:url" content="{esc(canonical)}"><meta property="og:image" content="{esc(base + first_img)}">'
        '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False).replace("<", "\\u003c") + "</script>"
    )
    crumbs = _crumbs([("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (cat, f"/chuyen-muc/{s.cat}"),
                      (s.title, None)])
    # the last crumb is the post itself; category = the last linked crumb
    return page(request, f"{s.title} | Phòng GD&ĐT Đức Trọng", main, isl, head=head, crumbs=crumbs)


# --- listings ------------------------------------------------------------------------------


def _cat_stories(cat: str) -> list[Story]:
    return [s for s in STORIES if s.cat == cat]


def _cat_top(cat: str) -> list[Story]:
    return _cat_stories(cat)[:CAT_PAGE]


def _pages() -> int:
    return (len(STORIES) + PER_PAGE - 1) // PER_PAGE


def _pager(current: int) -> str:
    parts = []
    if current > 1:
        parts.append(f'<a class="rounded border px-3 py-1" href="/tin-tuc?page={current - 1}" '
                     f'f-partial="/partials/tin-tuc?page={current - 1}">‹ Trước</a>')
    for n in range(1, _pages() + 1):
        if n == current:
            parts.append(f'<span aria-current="page" class="rounded bg-sky-700 px-3 py-1 text-white">{n}</span>')
        else:
            href = "/tin-tuc" if n == 1 else f"/tin-tuc?page={n}"
            parts.append(f'<a class="rounded border px-3 py-1" href="{href}" f-partial="/partials/tin-tuc?page={n}">{n}</a>')
    if current < _pages():
        parts.append(f'<a class="rounded border px-3 py-1" href="/tin-tuc?page={current + 1}" '
                     f'f-partial="/partials/tin-tuc?page={current + 1}">Sau ›</a>')
    return f'<nav class="mt-6 flex gap-2 text-sm" aria-label="Phân trang">{"".join(parts)}</nav>'


def _page_items(n: int) -> list[Story]:
    return STORIES[(n - 1) * PER_PAGE: n * PER_PAGE]


def _page_num(request: Request) -> int | None:
    raw = parse_qs(request.query).get("page", ["1"])[0]
    if not raw.isdigit():
        return None
    n = int(raw)
    return n if 1 <= n <= _pages() else None


def render_news(request: Request) -> Response | None:
    n = _page_num(request)
    if n is None:
        return None
    isl = _Islands()
    cards = "".join(_card(s) for s in _page_items(n))
    pager = isl.wrap("PhanTrang", {"trang": n, "tongTrang": _pages()}, _pager(n))
    main = (
        '<section class="rounded-xl bg-white p-6 shadow-sm"><h1 class="text-2xl font-bold text-sky-900">Tin tức</h1>'
        f"<!--frsh-partial:danh-sach:0:-->{cards}<!--/frsh-partial:danh-sach:0:-->{pager}</section>"
    )
    title = "Tin tức" + (f" - Trang {n}" if n > 1 else "") + " | Phòng GD&ĐT Đức Trọng"
    return page(request, title, main, isl, crumbs=_crumbs([("Trang chủ", "/"), ("Tin tức", None)]))


def render_category(request: Request, cat: str) -> Response | None:
    if request.query:
        return None
    isl = _Islands()
    items = _cat_top(cat)
    more = ""
    if len(_cat_stories(cat)) > CAT_PAGE:
        more = isl.wrap(
            "XemThem",
            {"chuyenMuc": cat, "trang": 2},
            f'<button type="button" f-partial="/partials/chuyen-muc/{cat}?page=2" '
            'class="mt-4 w-full rounded border border-sky-700 py-2 text-sky-700">Xem thêm</button>',
        )
    main = (
        f'<section class="rounded-xl bg-white p-6 shadow-sm"><h1 class="text-2xl font-bold text-sky-900">{esc(CATS[cat])}</h1>'
        f'<!--frsh-partial:chuyen-muc:0:-->{"".join(_card(s) for s in items)}<!--/frsh-partial:chuyen-muc:0:-->'
        f"{more}</section>"
    )
    crumbs = _crumbs([("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (CATS[cat], None)])
    return page(request, f"{CATS[cat]} | Phòng GD&ĐT Đức Trọng", main, isl, crumbs=crumbs)


def render_partial(request: Request) -> Response | None:
    path = request.path[len("/partials"):]
    if path == "/tin-tuc":
        n = _page_num(request)
        if n is None:
            return None
        items, name = _page_items(n), "danh-sach"
    elif path.startswith("/chuyen-muc/") and path[12:] in CATS:
        if request.query != "page=2":
            return None
        items, name = _cat_stories(path[12:])[CAT_PAGE:], "chuyen-muc"
    else:
        return None
    cards = "".join(_card(s) for s in items)
    return html(f"<!DOCTYPE html><html><head></head><body><!--frsh-partial:{name}:0:-->{cards}"
                f"<!--/frsh-partial:{name}:0:--></body></html>")


def render_home(request: Request) -> Response:
    isl = _Islands()
    slides = [S1, S4, S9]
    slide_html = "".join(
        f'<a href="{article_path(s)}?{UTM.replace("&", "&amp;")}" class="relative block shrink-0 snap-center basis-full">'
        f'<img src="{esc(asset(s.id, 1, 1600))}" alt="" class="h-80 w-full rounded-xl object-cover">'
        f'<span class="absolute bottom-0 left-0 right-0 rounded-b-xl bg-black/60 p-4 text-lg font-bold text-white">'
        f"{esc(s.title)}</span></a>"
        for s in slides
    )
    slider = isl.wrap(
        "Slider",
        {"slides": [{"href": f"{article_path(s)}?{UTM}", "tieuDe": s.title, "tomTat": _excerpt(s)} for s in slides],
         "interval": 6000},
        f'<div class="flex snap-x overflow-x-hidden">{slide_html}</div>',
    )
    latest = "".join(_card(s) for s in STORIES[:6])
    blocks = []
    for slug, name in CATS.items():
        items = _cat_stories(slug)[:2]
        blocks.append(
            f'<section class="rounded-xl bg-white p-4 shadow-sm"><h2 class="mb-2 flex justify-between border-b-2 '
            f'border-sky-700 pb-1 font-bold uppercase text-sky-900"><a href="/chuyen-muc/{slug}">{esc(name)}</a>'
            f'<a class="text-xs font-normal normal-case" href="/chuyen-muc/{slug}">Xem tất cả »</a></h2>'
            + "".join(_card(s, small=True) for s in items) + "</section>"
        )
    main = (
        slider
        + '<section class="mt-6 rounded-xl bg-white p-6 shadow-sm"><h2 class="mb-2 border-b-2 border-sky-700 pb-1 '
        'font-bold uppercase text-sky-900">Tin mới</h2>' + latest
        + '<a class="mt-4 inline-block text-sm text-sky-700" href="/tin-tuc?page=2" f-partial="/partials/tin-tuc?page=2">'
        "Xem thêm tin cũ hơn »</a></section>"
        + f'<div class="mt-6 grid gap-6 md:grid-cols-2">{"".join(blocks)}</div>'
    )
    return page(request, f"Trang chủ | {SITE_NAME}", main, isl)


# --- other pages ---------------------------------------------------------------------------

DOCS = {
    "ke-hoach-245-kh-pgddt-pho-cap-giao-duc-2026": (
        "Kế hoạch số 245/KH-PGDĐT về công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        "245/KH-PGDĐT", "15/09/2026", "Kế hoạch", "245-KH-PGDDT.pdf"),
    "cong-van-198-pgddt-huong-dan-nhiem-vu-nam-hoc": (
        "Công văn số 198/PGDĐT-THCS hướng dẫn thực hiện nhiệm vụ năm học 2026-2027 cấp THCS",
        "198/PGDĐT-THCS", "05/09/2026", "Công văn", "198-PGDDT-THCS.pdf"),
}


def render_docs(request: Request) -> Response:
    isl = _Islands()
    rows = "".join(
        f'<tr class="border-b"><td class="px-2 py-2">{esc(num)}</td><td class="px-2 py-2">{date}</td>'
        f'<td class="px-2 py-2"><a class="text-sky-700 hover:underline" href="/van-ban/{slug}">{esc(title)}</a></td>'
        f'<td class="px-2 py-2">{esc(kind)}</td></tr>'
        for slug, (title, num, date, kind, _f) in DOCS.items()
    )
    main = (
        '<section class="rounded-xl bg-white p-6 shadow-sm"><h1 class="text-2xl font-bold text-sky-900">Văn bản</h1>'
        '<table class="mt-4 w-full text-sm"><thead><tr class="bg-slate-100 text-left"><th class="px-2 py-2">Số/Ký hiệu</th>'
        '<th class="px-2 py-2">Ngày ban hành</th><th class="px-2 py-2">Trích yếu</th><th class="px-2 py-2">Loại</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></section>"
    )
    return page(request, "Văn bản | Phòng GD&ĐT Đức Trọng", main, isl,
                crumbs=_crumbs([("Trang chủ", "/"), ("Văn bản", None)]))


def render_doc(request: Request, slug: str) -> Response:
    title, num, date, kind, fname = DOCS[slug]
    isl = _Islands()
    main = (
        f'<section class="rounded-xl bg-white p-6 shadow-sm"><h1 class="text-xl font-bold text-sky-900">{esc(title)}</h1>'
        '<dl class="mt-4 grid grid-cols-3 gap-2 text-sm">'
        f'<dt class="font-semibold">Số/Ký hiệu</dt><dd class="col-span-2">{esc(num)}</dd>'
        f'<dt class="font-semibold">Ngày ban hành</dt><dd class="col-span-2">{date}</dd>'
        f'<dt class="font-semibold">Loại văn bản</dt><dd class="col-span-2">{esc(kind)}</dd>'
        '<dt class="font-semibold">Cơ quan ban hành</dt><dd class="col-span-2">Phòng GD&amp;ĐT huyện Đức Trọng</dd>'
        f'<dt class="font-semibold">Tệp đính kèm</dt><dd class="col-span-2"><a class="text-sky-700 underline" '
        f'href="/uploads/van-ban/{fname}">{fname}</a></dd></dl></section>'
    )
    return page(request, f"{title} | Phòng GD&ĐT Đức Trọng", main, isl,
                crumbs=_crumbs([("Trang chủ", "/"), ("Văn bản", "/van-ban"), (num, None)]))


def render_intro(request: Request) -> Response:
    isl = _Islands()
    main = (
        '<section class="prose max-w-none rounded-xl bg-white p-6 shadow-sm"><h1>Giới thiệu</h1>'
        "<p>Phòng Giáo dục và Đào tạo huyện Đức Trọng là cơ quan chuyên môn thuộc UBND huyện, tham mưu, giúp "
        "UBND huyện quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở trên địa bàn.</p>"
        '<h2 id="co-cau-to-chuc">Cơ cấu tổ chức</h2><ul><li>Trưởng phòng: Nguyễn Quang Huy</li>'
        "<li>Phó Trưởng phòng: Phạm Văn Lực</li><li>Phó Trưởng phòng: Trần Thị Bích Ngọc</li></ul>"
        '<h2 id="chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</h2><p>Quản lý 21 trường mầm non, 26 trường tiểu học, '
        "17 trường THCS với hơn 38.000 học sinh.</p></section>"
    )
    return page(request, "Giới thiệu | Phòng GD&ĐT Đức Trọng", main, isl,
                crumbs=_crumbs([("Trang chủ", "/"), ("Giới thiệu", None)]))


def render_contact(request: Request) -> Response:
    isl = _Islands()
    form = isl.wrap(
        "LienHeForm", {"endpoint": "/api/lien-he"},
        '<div class="mt-4 space-y-2"><input class="w-full rounded border px-3 py-2" placeholder="Họ và tên">'
        '<input class="w-full rounded border px-3 py-2" placeholder="Email"><textarea class="w-full rounded border px-3 py-2" '
        'placeholder="Nội dung"></textarea><button type="button" class="rounded bg-sky-700 px-4 py-2 text-white">Gửi</button></div>',
    )
    main = (
        '<section class="rounded-xl bg-white p-6 shadow-sm"><h1 class="text-2xl font-bold text-sky-900">Liên hệ</h1>'
        "<p>Địa chỉ: Số 2 đường 3 Tháng 4, thị trấn Liên Nghĩa, huyện Đức Trọng, tỉnh Lâm Đồng</p>"
        "<p>Điện thoại: 0263 3843 246</p><p>Email: pgdductrong@lamdong.edu.vn</p>" + form + "</section>"
    )
    return page(request, "Liên hệ | Phòng GD&ĐT Đức Trọng", main, isl,
                crumbs=_crumbs([("Trang chủ", "/"), ("Liên hệ", None)]))


def render_album(request: Request) -> Response:
    isl = _Islands()
    photos = "".join(
        f'<img src="{esc(asset(9000, i, 480))}" alt="Ảnh {i}" class="rounded object-cover" loading="lazy">'
        for i in range(1, 7)
    )
    gallery = isl.wrap("ThuVienAnh", {"soAnh": 6}, f'<div class="mt-4 grid grid-cols-3 gap-2">{photos}</div>')
    main = (
        '<section class="rounded-xl bg-white p-6 shadow-sm">'
        '<h1 class="text-2xl font-bold text-sky-900">Ngày Nhà giáo Việt Nam 20/11/2026</h1>'
        '<p class="text-sm text-slate-500">6 ảnh · 21 thg 11, 2026</p>' + gallery + "</section>"
    )
    return page(request, "Thư viện ảnh | Phòng GD&ĐT Đức Trọng", main, isl,
                crumbs=_crumbs([("Trang chủ", "/"), ("Thư viện ảnh", None)]))


def render_search(request: Request) -> Response:
    isl = _Islands()
    q = request.params.get("q", "")
    main = (
        '<section class="rounded-xl bg-white p-6 shadow-sm"><h1 class="text-2xl font-bold text-sky-900">Tìm kiếm</h1>'
        f'<p class="mt-2 text-sm">Không tìm thấy kết quả cho “{esc(q)}”.</p></section>'
    )
    return page(request, "Tìm kiếm | Phòng GD&ĐT Đức Trọng", main, isl)


# --- routing -------------------------------------------------------------------------------


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/cms-assets/") or path.startswith("/_frsh/") or path.startswith("/static/"):
            if path.startswith("/cms-assets/"):
                return static_file("x.jpg")
            return static_file(path) or static_file("x.js")
        if path in ("/styles.css", "/favicon.ico"):
            return static_file(path)
        if path.startswith("/uploads/van-ban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/":
            return render_home(request) if not request.query else None
        if path == "/tin-tuc":
            return render_news(request)
        if path.startswith("/partials/"):
            return render_partial(request)
        if path.startswith("/tin-tuc/"):
            key = path[len("/tin-tuc/"):]
            if key.endswith("/") and key.rstrip("/") in BY_SLUG:
                return redirect(f"/tin-tuc/{key.rstrip('/')}", 301)
            story = BY_SLUG.get(key) or (BY_ID.get(int(key)) if key.isdigit() else None)
            return render_article(request, story) if story else None
        if path.startswith("/chuyen-muc/") and path[12:] in CATS:
            return render_category(request, path[12:])
        if request.query:
            if path == "/tim-kiem":
                return render_search(request)
            return None
        if path == "/tim-kiem":
            return render_search(request)
        if path == "/van-ban":
            return render_docs(request)
        if path.startswith("/van-ban/") and path[9:] in DOCS:
            return render_doc(request, path[9:])
        if path == "/gioi-thieu":
            return render_intro(request)
        if path == "/lien-he":
            return render_contact(request)
        if path == "/thu-vien-anh/ngay-nha-giao-viet-nam-20-11-2026":
            return render_album(request)
        return None


def build_site() -> Site:
    return Site()
