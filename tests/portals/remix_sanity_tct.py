"""Trường Chính trị tỉnh Tuyên Quang: a Remix app (React Router 7 framework mode) over Sanity CMS.

Platform
    A local agency's Remix app, server-rendered by React (``<meta charSet>``, ``srcSet``,
    ``dateTime`` printed camel-cased, ``<!-- -->`` between adjacent text nodes, ``data-discover``
    on every ``<Link>``), Tailwind utility classes mixed with the agency's Vietnamese
    abbreviations (``tt-bv`` = thông tin bài viết, ``cung-cm`` = cùng chuyên mục, ``sb-…`` = sidebar).
    The content lives in Sanity: the article text is Portable Text rendered to HTML by
    ``@portabletext/react`` with the agency's own serializers (a right-aligned "canhPhai" style
    for signatures, an ``htmlNhung`` block for pasted HTML, a ``bangBieu`` table block, a gallery
    block). Images go through the agency's proxy of the Sanity CDN
    (``/cdn-img/images/<project>/production/<sha1>-1600x1067.jpg?w=960&q=75&auto=format``), each
    with a blurred LQIP placeholder before it. Every page ends with
    ``window.__remixContext = {…}``: the loader data of the root and of the route, Sanity's
    documents as they are stored (UTC dates, Portable Text JSON, SEO fields).

URL scheme
    ``/``                              home (hero, "Tin mới", "Thông báo" box, essays box)
    ``/tin-tuc`` ``/tin-tuc?trang=N``  all news, 4 a page, pager of links (N = 1..3)
    ``/tin-tuc/<slug>``                a news article (trailing slash served alike)
    ``/chuyen-muc/<slug>[?trang=N]``   a section, 3 a page; "Nghiên cứu - Trao đổi" (essays) pages
                                       2 a page through a Remix ``<Form method="get">`` whose
                                       buttons carry ``name="trang" value="N"``
    ``/nghien-cuu/<slug>``             an essay (also served at ``/tin-tuc/<slug>``)
    ``?_data=<route id>``              Remix's loader JSON of any route (``routes/tin-tuc.$slug``,
                                       ``routes/nghien-cuu.$slug``, ``routes/_index``, ``root`` …)
    ``/gioi-thieu/<slug>`` ``/lien-he`` ``/lich-cong-tac`` ``/van-ban[/<slug>]``
    ``/thu-vien-anh[/<slug>]`` ``/video[/<slug>]`` ``/tim-kiem?q=``   the rest of the site
    ``/cdn-img/…`` ``/cdn-files/…pdf`` ``/assets/…``                  images, attachments, bundles

Page templates
    article: breadcrumb, ``<h1>``, meta line (``<time dateTime="…Z">`` printing local time,
    "Đăng bởi", "Lượt xem"), a text-to-speech box, an optional sapo box (Sanity ``tomTat``), the
    Portable Text in ``div#noi-dung-bv.prose``, tags, share tools, "Cùng chuyên mục" cards
    (each an ``<article>`` with a teaser), sidebar (notice portlet, "Đọc nhiều", links, poll,
    visitor counter). Essay: the same with an author box (avatar, name with degree, unit) over
    the text and a day-only "Ngày đăng".

How each gold article is reached
    N1-N5  home page (hero and "Tin mới"); /tin-tuc page 1 holds N1-N4, page 2 N5-N8
    N6-N8  /tin-tuc?trang=2, their sections (N6 also in "Đọc nhiều", N2 and N8 in the notice
           portlet of every page)
    N9     /tin-tuc?trang=3, /chuyen-muc/dao-tao-boi-duong, "Cùng chuyên mục" of N3/N7, the
           "Xem thêm" line of N10
    N10    only /tin-tuc?trang=3 and /chuyen-muc/tin-hoat-dong?trang=2
    E1 E2  home's essays box, /chuyen-muc/nghien-cuu-trao-doi (E1 also at /tin-tuc/<slug>)
    E3     only /chuyen-muc/nghien-cuu-trao-doi?trang=2, reached by the section's GET form
    ("Cùng chuyên mục" prints a section's first listing page minus the article itself.)

Traps
    1. Loader JSON is not the page: ``window.__remixContext`` and the ``?_data=`` routes hold the
       Sanity document with UTC dates, a ``moTaSeo`` excerpt, a ``tieuDeSeo`` title, an editor's
       internal note block (``ghiChuBTV``) that is never rendered. The home page prints
       ``<link rel="prefetch" as="fetch" href="/tin-tuc/<slug>?_data=routes%2Ftin-tuc.%24slug">``
       for its five newest cards. Gold: the rendered page; the five ``?_data=`` URLs are JSON,
       listed in those articles' ``alt_paths``; the internal note and SEO excerpt are nowhere.
    2. Dates: ``<time dateTime>`` and ``article:published_time`` are UTC ("…Z"). N3 was
       scheduled for 06:05 local on 01/12, stored as 2026-11-30T23:05Z: gold
       "2026-12-01T06:05:00+07:00". N7 prints "00:00": gold the day "2026-11-13". N4 prints
       "Cập nhật: 09:12 02/12/2026" before its "Đăng" time: gold the publication
       "2026-11-27T14:30:00+07:00". Essays print "Ngày đăng: dd/mm/yyyy": the day alone.
       N2 is an official notice: gold the letterhead's day "2026-11-30", not its 01/12 posting.
    3. React's text separators: "Thứ Sáu, 04/12/2026<!-- --> - <!-- -->16:20", "Lượt xem:
       <!-- -->245", "Đăng bởi: <!-- -->bientap.tct": comments are no text and split no word.
    4. Duplicates: the "Đọc nhiều" sidebar links with a trailing slash (``/tin-tuc/<slug>/``,
       ``/nghien-cuu/<slug>/``); a news article's "Xem thêm" links essay E1 as
       ``/tin-tuc/<slug>`` (served in full, canonical ``/nghien-cuu/<slug>``). Gold: one record
       each, at the canonical path, the variants in ``alt_paths``. ``/tin-tuc?trang=1`` repeats
       ``/tin-tuc``.
    5. Discovery: the essays' section pages through a ``<form method="get">`` with
       ``<button name="trang" value="2">`` (no link): E3 is only there. N10 only sits on page
       2+ of two listings; "Cùng chuyên mục" shows only a section's first page. Gold: E3 and
       N10 are articles like the others.
    6. Chrome that looks like content: every related, most-read and listing item is an
       ``<article>`` with a heading and a teaser, while the article itself sits in a plain
       ``div``; a notice portlet with a full sentence of text on every page; a TTS box
       ("Nghe đọc bài viết") between the meta line and the text; the essay author box (avatar,
       name, unit) above the text. None of it is body; the avatar is no photo.
    7. Bylines: the meta line's "Đăng bởi: <account>" and N4's Sanity author "Ban Biên tập" are
       nobody; the real signature is a right-aligned paragraph closing the Portable Text
       ("Tin, ảnh: X", "Tin: X - Ảnh: Y", "Bài, ảnh: X", a unit alone, "ThS. X" over a unit).
       Gold: names only, degrees and units off; the signature lines are not body.
    8. Images: each photo is preceded by an ``aria-hidden`` LQIP ``<img src="data:…">``
       placeholder (no photo); ``srcSet`` lists three widths (gold: the ``src``); a caption in
       parentheses "(Quang cảnh hội thảo)" -> "Quang cảnh hội thảo"; a line "Ảnh: Đỗ Mạnh Hùng"
       only credits -> caption None; N6's gallery prints cropped thumbnails linking to the full
       size (gold: each ``<img src>``, caption None).
    9. Text form: N6 was typed on a Mac, its title and text stored decomposed (NFD) and an
       emoji closes its title; E3 holds a Word paste in an ``htmlNhung`` block with
       ``mso-list:Ignore`` markers (no text); N3 has a soft line break (``<br/>``) in a
       paragraph; E1 has footnote calls ``<sup><a>[1]</a></sup>`` and its "Tài liệu tham khảo".
   10. Official notice (N2): a ``bangBieu`` letterhead table, the centred kind and subject, the
       closing "Nơi nhận | T/M BAN GIÁM HIỆU … (Đã ký) Nguyễn Quang Vinh" table and a "Tệp đính
       kèm" line around the text. Gold: only the text between; author "Nguyễn Quang Vinh".
   11. Titles: ``<title>`` and ``og:title`` carry Sanity's ``tieuDeSeo`` (abbreviated, site name
       appended), the breadcrumb a truncated title. Gold: the ``<h1>``.

Gold decisions on ambiguous points
    - ``?_data=`` JSON answers of an article (linked by prefetch tags) are alt_paths of it: the
      same article, another representation; other ``?_data=`` URLs are not linked.
    - The TTS box, tags ("Từ khóa"), share bar and "Xem thêm:" lines are not body.
    - E1's bold first paragraph is its sapo (summary); N1's ``tomTat`` box is its sapo, printed
      outside the Portable Text. Other articles have no sapo (listing teasers come from the SEO
      excerpt or the first paragraph and are not sapos).
    - N5 closes with "Thu Hà" (right, bold) then "Nguồn: Báo Tuyên Quang": author "Thu Hà",
      source "Báo Tuyên Quang".
    - N10's signature "ThS. Nguyễn Thị Mai Hương" over "Phòng Tổ chức - Hành chính" (one
      right-aligned paragraph split by ``<br/>``) -> author "Nguyễn Thị Mai Hương".
    - Essay authors come from the author box: E2's two names printed there are both authors.
    - N7's results table: its header row is a paragraph like the others ("Xếp loại | Số học viên
      | Tỷ lệ (%)").
    - N2's centred "THÔNG BÁO", its subject (split by ``<br/>``) and the "-----" rule under them
      are the kind and subject lines: not body.
    - N2's numbered section headings ("1. Đối tượng, tiêu chuẩn") are printed in bold
      paragraphs and are body; list items the editor typed "- " keep their dash.
    - Categories: the section as the breadcrumb prints it; essays "Nghiên cứu - Trao đổi".
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "remix_sanity_tct"
PLATFORM = "Remix (React Router 7 framework mode) SSR over Sanity CMS (Portable Text)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PROJECT = "q7vx3k2m"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "thong-bao": "Thông báo",
    "cong-tac-dang-doan-the": "Công tác Đảng - Đoàn thể",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
}
ESSAY_CAT = "nghien-cuu-trao-doi"
NEWS_PAGE = 4
CAT_PAGE = 3
ESSAY_PAGE = 2

# --- images -------------------------------------------------------------------------------


def sanity_img(key: str, w: int = 1600, h: int = 1067) -> str:
    digest = hashlib.sha1(key.encode()).hexdigest()
    return f"/cdn-img/images/{PROJECT}/production/{digest}-{w}x{h}.jpg"


def fig(key: str) -> str:
    return sanity_img(key) + "?w=960&q=75&auto=format"


def thumb(key: str) -> str:
    return sanity_img(key) + "?w=400&h=267&fit=crop&auto=format"


def file_url(name: str) -> str:
    digest = hashlib.sha1(name.encode()).hexdigest()[:24]
    return f"/cdn-files/{PROJECT}/production/{digest}/{name}"


#: Sanity's LQIP: a tiny blurred JPEG inlined before each photo
LQIP = "data:image/jpeg;base64," + base64.b64encode(static_file("x.jpg").body).decode("ascii")


def _right(inner: str) -> Raw:
    return Raw(f'<p class="text-right font-semibold">{inner}</p>')


def _xem_them(href: str, title: str) -> Raw:
    return Raw(
        '<p class="not-prose my-3 rounded bg-slate-100 px-3 py-2 text-[15px]">'
        f'<strong>Xem thêm:</strong> <a class="text-[#8b0000] underline" href="{esc(href)}" '
        f'data-discover="true">{esc(title)}</a></p>'
    )


# --- the stories --------------------------------------------------------------------------

E1_SLUG = "van-dung-tu-tuong-ho-chi-minh-ve-dao-duc-cach-mang-trong-xay-dung-doi-ngu-giang-vien"
N9_SLUG = "hoc-vien-lop-trung-cap-llct-hc-khoa-85-nghien-cuu-thuc-te-tai-khu-di-tich-tan-trao"

N1 = Story(
    id=1,
    slug="be-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-84-he-khong-tap-trung",
    title="Bế giảng lớp Trung cấp lý luận chính trị - hành chính khóa 84 hệ không tập trung",
    cat="tin-hoat-dong",
    published_at="2026-12-04T16:20:00+07:00",
    summary=(
        "Chiều 04/12, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ bế giảng và trao bằng tốt "
        "nghiệp cho 96 học viên lớp Trung cấp lý luận chính trị - hành chính khóa 84 hệ không "
        "tập trung, mở tại cơ sở 2 của Nhà trường."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            fig("bg-k84-1"),
            "Đồng chí Nguyễn Quang Vinh, Hiệu trưởng Trường Chính trị tỉnh phát biểu bế giảng lớp học.",
            "Đồng chí Nguyễn Quang Vinh, Hiệu trưởng Trường Chính trị tỉnh phát biểu bế giảng lớp học.",
            "fig",
        ),
        P(
            "Dự buổi lễ có đồng chí Lương Thị Thanh Hải, Phó Trưởng Ban Tuyên giáo và Dân vận "
            "Tỉnh ủy; đại diện lãnh đạo Đảng ủy, UBND xã Hàm Yên cùng các đồng chí trong Ban "
            "Giám hiệu, lãnh đạo các khoa, phòng của Nhà trường."
        ),
        P(
            "Lớp Trung cấp lý luận chính trị - hành chính khóa 84 khai giảng ngày 10/3/2025 với "
            "98 học viên là cán bộ, công chức, viên chức đang công tác tại các cơ quan, đơn vị, "
            "xã, phường trên địa bàn tỉnh. Sau gần 20 tháng học tập, 96 học viên đủ điều kiện "
            "tốt nghiệp; trong đó 21 học viên đạt loại giỏi (chiếm 21,9%), 71 học viên đạt loại "
            "khá (chiếm 74%) và 4 học viên đạt loại trung bình."
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Hiệu trưởng ghi nhận tinh thần khắc phục khó khăn, "
            "vừa học tập vừa hoàn thành nhiệm vụ chuyên môn của các học viên; đồng thời đề nghị "
            "mỗi học viên sau khi tốt nghiệp tiếp tục tự học tập, rèn luyện, vận dụng sáng tạo "
            "những kiến thức đã được trang bị vào thực tiễn công tác tại cơ quan, đơn vị và "
            "địa phương."
        ),
        Img(
            fig("bg-k84-2"),
            "Trao giấy khen cho các học viên có thành tích xuất sắc trong học tập.",
            "Trao giấy khen cho các học viên có thành tích xuất sắc trong học tập.",
            "fig",
        ),
        P(
            "Dịp này, Nhà trường đã trao giấy khen cho 8 học viên có thành tích xuất sắc trong "
            "học tập và tham gia các phong trào của lớp. Học viên Đặng Văn Tuấn, Bí thư Chi bộ "
            "lớp, thay mặt các học viên bày tỏ lòng biết ơn đối với sự tận tình giảng dạy của "
            "đội ngũ giảng viên Nhà trường."
        ),
        _right("Tin, ảnh: Hoàng Thu Trang"),
    ],
    authors=["Hoàng Thu Trang"],
    photographers=["Hoàng Thu Trang"],
    opts={
        "local": "2026-12-04 16:20",
        "created": "2026-12-04 15:02",
        "by": "bientap.tct",
        "tags": ["trung cấp LLCT-HC", "bế giảng", "khóa 84"],
        "seo": "Bế giảng lớp TC LLCT-HC K84 hệ không tập trung",
        "thumb": "bg-k84-1",
        "note": "BTV: chờ anh Vinh duyệt lại số liệu học viên giỏi trước khi đẩy lên Zalo OA.",
    },
)

N2 = Story(
    id=2,
    slug="thong-bao-chieu-sinh-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-tap-trung-khoa-86",
    title=(
        "Thông báo chiêu sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung khóa 86, "
        "năm 2027"
    ),
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(
            '<div class="not-prose overflow-x-auto"><table class="pt-bang w-full text-center '
            'text-[15px]" data-pt="bangBieu"><tbody>'
            '<tr><td style="width:45%">TỈNH ỦY TUYÊN QUANG<br/><strong>TRƯỜNG CHÍNH TRỊ</strong>'
            '<br/>*</td><td style="width:55%"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong></td></tr>'
            "<tr><td>Số 412-TB/TCT</td><td><em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></td>"
            "</tr></tbody></table></div>"
        ),
        Raw(
            '<p class="text-center font-bold">THÔNG BÁO</p>'
            '<p class="text-center font-bold">Chiêu sinh lớp Trung cấp lý luận chính trị - hành '
            "chính<br/>hệ tập trung khóa 86, năm 2027</p>"
            '<p class="text-center">-----</p>'
        ),
        P(
            "Căn cứ Kế hoạch số 95-KH/TU ngày 15/01/2026 của Ban Thường vụ Tỉnh ủy về đào tạo, "
            "bồi dưỡng cán bộ giai đoạn 2026 - 2030; căn cứ chỉ tiêu đào tạo năm 2027 được giao, "
            "Trường Chính trị tỉnh thông báo chiêu sinh lớp Trung cấp lý luận chính trị - hành "
            "chính hệ tập trung khóa 86 như sau:"
        ),
        P("1. Đối tượng, tiêu chuẩn", "b"),
        P(
            "- Cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý cấp "
            "phòng và tương đương ở các cơ quan, đơn vị cấp tỉnh, cấp xã; có trình độ chuyên môn "
            "từ trung cấp trở lên."
        ),
        P(
            "- Tuổi đời không quá 45 đối với nam và không quá 40 đối với nữ (tính đến thời điểm "
            "khai giảng); có đủ sức khỏe để học tập."
        ),
        P("2. Thời gian, địa điểm", "b"),
        P("- Thời gian học: 07 tháng, dự kiến khai giảng ngày 05/01/2027."),
        P(
            "- Địa điểm: Trường Chính trị tỉnh Tuyên Quang, số 8 đường Lê Duẩn, phường Minh "
            "Xuân, tỉnh Tuyên Quang."
        ),
        P("3. Hồ sơ và thời hạn nộp", "b"),
        P(
            "Các cơ quan, đơn vị lập danh sách trích ngang và gửi hồ sơ học viên về Trường Chính "
            "trị tỉnh (qua Phòng Quản lý đào tạo và Nghiên cứu khoa học) trước ngày 25/12/2026. "
            "Mọi chi tiết xin liên hệ đồng chí Lê Thị Thu Hằng, điện thoại 0207.3822.516."
        ),
        Raw(
            '<div class="not-prose overflow-x-auto"><table class="pt-bang w-full text-[15px]" '
            'data-pt="bangBieu"><tbody><tr><td style="width:50%;vertical-align:top">'
            "<strong><em>Nơi nhận:</em></strong><br/>- Các đảng ủy trực thuộc Tỉnh ủy,<br/>"
            "- Các sở, ban, ngành tỉnh,<br/>- UBND các xã, phường,<br/>- Lưu VP, QLĐT.</td>"
            '<td style="width:50%;text-align:center;vertical-align:top"><strong>T/M BAN GIÁM '
            "HIỆU<br/>HIỆU TRƯỞNG</strong><br/><em>(Đã ký)</em><br/><br/><strong>Nguyễn Quang "
            "Vinh</strong></td></tr></tbody></table></div>"
        ),
        Raw(
            '<p class="pt-tep not-prose mt-4 text-sm">📎 Tệp đính kèm: <a href="'
            + esc(file_url("412-TB-TCT.pdf"))
            + '" target="_blank" rel="noreferrer">412-TB-TCT.pdf</a> (186 KB)</p>'
        ),
    ],
    authors=["Nguyễn Quang Vinh"],
    opts={
        "local": "2026-12-01 07:50",
        "created": "2026-11-30 16:41",
        "by": "bbt.tct",
        "tags": ["chiêu sinh", "trung cấp LLCT-HC"],
        "seo": "Chiêu sinh TC LLCT-HC hệ tập trung K86 năm 2027",
        "thumb": "thong-bao-chung",
        "file": "412-TB-TCT.pdf",
    },
)

N3 = Story(
    id=3,
    slug="khai-giang-lop-boi-duong-ly-luan-chinh-tri-danh-cho-dang-vien-moi-dot-3-nam-2026",
    title="Khai giảng lớp Bồi dưỡng lý luận chính trị dành cho đảng viên mới đợt 3 năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-12-01T06:05:00+07:00",
    blocks=[
        P(
            "Chiều 30/11, Trường Chính trị tỉnh khai giảng lớp Bồi dưỡng lý luận chính trị dành "
            "cho đảng viên mới đợt 3 năm 2026 cho 142 học viên là đảng viên mới được kết nạp "
            "thuộc các chi bộ, đảng bộ cơ sở trực thuộc Đảng ủy các cơ quan Đảng tỉnh."
        ),
        Img(fig("kg-dvm-1"), "Quang cảnh lễ khai giảng.", "Quang cảnh lễ khai giảng.", "fig"),
        P("Thời gian học: từ ngày 30/11 đến ngày 06/12/2026.", "br"),
        P(
            "Hình thức: học tập trung, kết hợp trực tiếp và trực tuyến qua nền tảng học tập của "
            "Nhà trường."
        ),
        P("Nội dung chương trình tập trung vào một số chuyên đề trọng tâm như:"),
        P(
            "Chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh - nền tảng tư tưởng, kim chỉ nam cho "
            "hành động của Đảng;",
            "li",
        ),
        P("Tổ chức và hoạt động của Đảng Cộng sản Việt Nam;", "li"),
        P("Nhiệm vụ của đảng viên và những điều đảng viên không được làm;", "li"),
        P("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", "li"),
        P(
            "Kết thúc khóa học, học viên viết bài thu hoạch; những học viên đạt yêu cầu được cấp "
            "giấy chứng nhận theo quy định."
        ),
        _right("Tin: Phạm Đức Lâm - Ảnh: Vũ Khánh Linh"),
    ],
    authors=["Phạm Đức Lâm"],
    photographers=["Vũ Khánh Linh"],
    opts={
        "local": "2026-12-01 06:05",
        "created": "2026-11-30 19:48",
        "by": "bientap.tct",
        "tags": ["đảng viên mới", "bồi dưỡng"],
        "seo": "Khai giảng lớp bồi dưỡng LLCT cho đảng viên mới đợt 3/2026",
        "thumb": "kg-dvm-1",
    },
)

N4 = Story(
    id=4,
    slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
    title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
    cat="cong-tac-dang-doan-the",
    published_at="2026-11-27T14:30:00+07:00",
    blocks=[
        P(
            "Ngày 26/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026 "
            "với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với thực hiện nhiệm vụ chính "
            "trị của Khoa”."
        ),
        P(
            "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ quán triệt những nội dung cơ bản trong các "
            "văn bản của Trung ương về nâng cao chất lượng sinh hoạt chi bộ trong tình hình mới "
            "và nhấn mạnh:"
        ),
        P(
            "Mỗi đảng viên là giảng viên phải là tấm gương về học tập lý luận, giữ gìn phẩm chất "
            "đạo đức và tác phong mẫu mực trước học viên.",
            "quote",
        ),
        P(
            "Các đảng viên trong Chi bộ đã thảo luận sôi nổi, chỉ ra những hạn chế như: nội dung "
            "sinh hoạt có lúc còn nặng về triển khai công việc chuyên môn, tính chiến đấu trong "
            "tự phê bình và phê bình chưa cao; đồng thời đề xuất nhiều giải pháp thiết thực."
        ),
        P(
            "Kết luận buổi sinh hoạt, Chi bộ thống nhất giao mỗi đảng viên đăng ký ít nhất một "
            "nội dung đổi mới phương pháp giảng dạy và hoàn thành trước ngày 31/12/2026."
        ),
        _right("Chi bộ Khoa Xây dựng Đảng"),
    ],
    authors=["Chi bộ Khoa Xây dựng Đảng"],
    opts={
        "local": "2026-11-27 14:30",
        "created": "2026-11-27 10:05",
        "updated": "2026-12-02 09:12",
        "author_ref": "Ban Biên tập",
        "tags": ["chi bộ", "sinh hoạt chuyên đề"],
        "seo": "Chi bộ Khoa XDĐ sinh hoạt chuyên đề quý IV/2026",
        "thumb": "chibo-xdd",
    },
)

N5 = Story(
    id=5,
    slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-giang-day-ly-luan-chinh-tri-gan-voi-thuc-tien",
    title=(
        "Hội thảo khoa học “Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn "
        "địa phương”"
    ),
    cat="tin-hoat-dong",
    published_at="2026-11-24T09:00:00+07:00",
    blocks=[
        P(
            "Sáng 23/11, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường “Nâng cao chất "
            "lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương”. Đồng chí Trần Thị "
            "Minh Nguyệt, Phó Hiệu trưởng Nhà trường chủ trì hội thảo."
        ),
        Img(fig("hoithao-2311"), "(Quang cảnh hội thảo)", "Quang cảnh hội thảo", "fig"),
        P(
            "Hội thảo nhận được 27 bài tham luận của cán bộ, giảng viên Nhà trường và các báo cáo "
            "viên, giảng viên kiêm chức của Tỉnh ủy. Các ý kiến tập trung làm rõ cơ sở lý luận, "
            "thực trạng việc gắn giảng dạy lý luận chính trị với thực tiễn địa phương; chỉ ra "
            "những hạn chế như việc cập nhật số liệu, mô hình mới của tỉnh vào bài giảng còn "
            "chậm, một số bài giảng còn nặng về lý thuyết."
        ),
        P(
            "Nhiều tham luận đề xuất tăng cường đi nghiên cứu thực tế, xây dựng “ngân hàng tình "
            "huống” từ thực tiễn các xã, phường của tỉnh sau sắp xếp đơn vị hành chính và đẩy "
            "mạnh ứng dụng chuyển đổi số trong giảng dạy."
        ),
        _xem_them(
            f"/tin-tuc/{E1_SLUG}",
            "Vận dụng tư tưởng Hồ Chí Minh về đạo đức cách mạng trong xây dựng đội ngũ giảng viên",
        ),
        P(
            "Phát biểu kết luận, đồng chí Phó Hiệu trưởng đánh giá cao chất lượng các tham luận "
            "và giao các khoa chuyên môn tiếp thu, chọn lọc các đề xuất để đưa vào kế hoạch cải "
            "tiến nội dung bài giảng năm học 2026 - 2027."
        ),
        _right("Thu Hà"),
        Raw('<p class="text-right"><em>Nguồn: Báo Tuyên Quang</em></p>'),
    ],
    authors=["Thu Hà"],
    source="Báo Tuyên Quang",
    opts={
        "local": "2026-11-24 09:00",
        "created": "2026-11-23 21:17",
        "by": "bientap.tct",
        "tags": ["hội thảo khoa học", "giảng dạy"],
        "seo": "Hội thảo khoa học nâng cao chất lượng giảng dạy LLCT",
        "thumb": "hoithao-2311",
    },
)

N6 = Story(
    id=6,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title=(
        "Trường Chính trị tỉnh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 🌸"
    ),
    cat="tin-hoat-dong",
    published_at="2026-11-20T10:15:00+07:00",
    blocks=[
        P(
            "Sáng 19/11, Trường Chính trị tỉnh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam (20/11/1982 - 20/11/2026). Dự buổi lễ có đại diện lãnh đạo Ban Tuyên giáo "
            "và Dân vận Tỉnh ủy, Sở Giáo dục và Đào tạo cùng toàn thể cán bộ, giảng viên, nhân "
            "viên Nhà trường."
        ),
        P(
            "Ôn lại truyền thống vẻ vang của Ngày Nhà giáo Việt Nam, đồng chí Hiệu trưởng Nguyễn "
            "Quang Vinh nhấn mạnh: năm 2026, tập thể Nhà trường đã hoàn thành xuất sắc nhiệm vụ "
            "đào tạo, bồi dưỡng với 58 lớp, 5.914 lượt học viên; đội ngũ giảng viên tích cực đổi "
            "mới phương pháp, 12 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp trường."
        ),
        Img(sanity_img("2011-a") + "?w=400&h=300&fit=crop&auto=format", None, None, "gal"),
        Img(sanity_img("2011-b") + "?w=400&h=300&fit=crop&auto=format", None, None, "gal"),
        Img(sanity_img("2011-c") + "?w=400&h=300&fit=crop&auto=format", None, None, "gal"),
        P(
            "Nhân dịp này, Nhà trường trao tặng giấy khen cho 9 tập thể và 21 cá nhân có thành "
            "tích xuất sắc trong thực hiện nhiệm vụ năm học 2025 - 2026 🎉."
        ),
        _right("Khánh Linh"),
    ],
    authors=["Khánh Linh"],
    opts={
        "local": "2026-11-20 10:15",
        "created": "2026-11-19 17:30",
        "by": "bientap.tct",
        "nfd": True,
        "tags": ["20/11", "Ngày Nhà giáo Việt Nam"],
        "seo": "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "thumb": "2011-a",
    },
)

N7 = Story(
    id=7,
    slug="ket-qua-thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-82",
    title="Kết quả thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 82",
    cat="dao-tao-boi-duong",
    published_at="2026-11-13",
    blocks=[
        P(
            "Căn cứ kết quả chấm thi tốt nghiệp, Hội đồng thi tốt nghiệp lớp Trung cấp lý luận "
            "chính trị - hành chính khóa 82 hệ tập trung thông báo kết quả như sau:"
        ),
        P("Xếp loại | Số học viên | Tỷ lệ (%)", "tr"),
        P("Xuất sắc | 3 | 4,8", "tr"),
        P("Giỏi | 19 | 30,2", "tr"),
        P("Khá | 38 | 60,3", "tr"),
        P("Trung bình | 3 | 4,8", "tr"),
        P("Tổng cộng | 63 | 100", "tr"),
        P(
            "Học viên xem điểm chi tiết tại bảng tin của Nhà trường hoặc liên hệ Phòng Quản lý "
            "đào tạo và Nghiên cứu khoa học. Thời hạn nhận đơn phúc khảo đến hết ngày "
            "20/11/2026."
        ),
    ],
    opts={
        "local": "2026-11-13 00:00",
        "created": "2026-11-12 16:55",
        "by": "qtv_daotao",
        "tags": ["thi tốt nghiệp", "khóa 82"],
        "seo": "KQ thi tốt nghiệp TC LLCT-HC K82",
        "thumb": "thong-bao-chung",
    },
)

N8 = Story(
    id=8,
    slug="lich-hoc-tap-trung-thang-11-2026-cac-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh",
    title=(
        "Lịch học tập trung tháng 11/2026 các lớp Trung cấp lý luận chính trị - hành chính hệ "
        "không tập trung"
    ),
    cat="thong-bao",
    published_at="2026-11-06T15:00:00+07:00",
    blocks=[
        P(
            "Phòng Quản lý đào tạo và Nghiên cứu khoa học thông báo lịch học tập trung tháng "
            "11/2026 của các lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung như "
            "sau:"
        ),
        P(
            "Lớp khóa 84 (cơ sở 2): học từ ngày 09/11 đến ngày 14/11/2026, học phần Quản lý hành "
            "chính nhà nước.",
            "li",
        ),
        P(
            "Lớp khóa 85: học từ ngày 16/11 đến ngày 21/11/2026, học phần Những vấn đề cơ bản về "
            "Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam.",
            "li",
        ),
        P(
            "Lớp khóa 83: ôn tập và viết khóa luận tốt nghiệp theo hướng dẫn của khoa chuyên môn.",
            "li",
        ),
        P(
            "Đề nghị học viên các lớp có mặt đúng giờ, thực hiện nghiêm nội quy, quy chế của Nhà "
            "trường. Học viên vắng mặt phải có đơn xin phép, có xác nhận của thủ trưởng cơ quan, "
            "đơn vị."
        ),
        Raw(
            '<p class="pt-tep not-prose mt-4 text-sm">Tải về: <a href="'
            + esc(file_url("Lich-hoc-T11-2026.pdf"))
            + '" download="">Lich-hoc-T11-2026.pdf</a></p>'
        ),
        _right("Phòng Quản lý đào tạo và Nghiên cứu khoa học"),
    ],
    authors=["Phòng Quản lý đào tạo và Nghiên cứu khoa học"],
    opts={
        "local": "2026-11-06 15:00",
        "created": "2026-11-06 14:21",
        "by": "qtv_daotao",
        "tags": ["lịch học"],
        "seo": "Lịch học tập trung tháng 11/2026",
        "thumb": "thong-bao-chung",
        "file": "Lich-hoc-T11-2026.pdf",
    },
)

N9 = Story(
    id=9,
    slug=N9_SLUG,
    title=(
        "Học viên lớp Trung cấp lý luận chính trị - hành chính khóa 85 nghiên cứu thực tế tại "
        "Khu di tích lịch sử quốc gia đặc biệt Tân Trào"
    ),
    cat="dao-tao-boi-duong",
    published_at="2026-10-29T08:30:00+07:00",
    blocks=[
        P(
            "Từ ngày 26 đến 28/10, Trường Chính trị tỉnh tổ chức cho 75 học viên lớp Trung cấp lý "
            "luận chính trị - hành chính khóa 85 hệ tập trung đi nghiên cứu thực tế tại Khu di "
            "tích lịch sử quốc gia đặc biệt Tân Trào và xã Minh Thanh."
        ),
        Img(fig("tantrao-1"), "Ảnh: Đỗ Mạnh Hùng", None, "fig"),
        P(
            "Tại Khu di tích, học viên dâng hương tưởng niệm Chủ tịch Hồ Chí Minh, tham quan Đình "
            "Tân Trào, Lán Nà Nưa, Cây đa Tân Trào và nghe thuyết minh về những sự kiện lịch sử "
            "trọng đại diễn ra tại Thủ đô khu giải phóng."
        ),
        P(
            "Tại xã Minh Thanh, đoàn làm việc với Đảng ủy, UBND xã, tìm hiểu mô hình phát triển du "
            "lịch cộng đồng gắn với bảo tồn bản sắc văn hóa dân tộc Tày và việc vận hành chính "
            "quyền địa phương hai cấp."
        ),
        Img(
            fig("tantrao-2"),
            "Học viên tìm hiểu mô hình du lịch cộng đồng tại thôn Tân Lập, xã Minh Thanh",
            "Học viên tìm hiểu mô hình du lịch cộng đồng tại thôn Tân Lập, xã Minh Thanh",
            "fig",
        ),
        P(
            "Kết thúc đợt nghiên cứu thực tế, mỗi học viên viết bài thu hoạch, liên hệ những vấn "
            "đề lý luận đã học với thực tiễn địa phương."
        ),
        _right("Bài, ảnh: Đỗ Mạnh Hùng"),
    ],
    authors=["Đỗ Mạnh Hùng"],
    photographers=["Đỗ Mạnh Hùng"],
    opts={
        "local": "2026-10-29 08:30",
        "created": "2026-10-28 20:02",
        "by": "bientap.tct",
        "tags": ["nghiên cứu thực tế", "Tân Trào"],
        "seo": "Học viên K85 nghiên cứu thực tế tại Tân Trào",
        "thumb": "tantrao-1",
    },
)

N10 = Story(
    id=10,
    slug="doan-cong-tac-truong-chinh-tri-tinh-hoc-tap-kinh-nghiem-tai-thai-nguyen",
    title=(
        "Đoàn công tác Trường Chính trị tỉnh học tập kinh nghiệm tại Trường Chính trị tỉnh Thái "
        "Nguyên"
    ),
    cat="tin-hoat-dong",
    published_at="2026-10-21T16:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 19 đến 20/10, đoàn công tác Trường Chính trị tỉnh Tuyên Quang do đồng chí "
            "Nguyễn Quang Vinh, Hiệu trưởng làm trưởng đoàn đã đến thăm, học tập kinh nghiệm tại "
            "Trường Chính trị tỉnh Thái Nguyên."
        ),
        P(
            "Tại buổi làm việc, hai bên đã trao đổi kinh nghiệm về công tác tổ chức, quản lý đào "
            "tạo sau khi sắp xếp tổ chức bộ máy; việc xây dựng trường chính trị đạt chuẩn mức 1 "
            "và ứng dụng công nghệ thông tin trong quản lý học viên."
        ),
        Img(
            fig("thainguyen-1"), "Hai đoàn chụp ảnh lưu niệm.", "Hai đoàn chụp ảnh lưu niệm.", "fig"
        ),
        P(
            "Đồng chí Hiệu trưởng Trường Chính trị tỉnh Thái Nguyên chia sẻ: Nhà trường đã triển "
            "khai phần mềm quản lý đào tạo, số hóa toàn bộ hồ sơ học viên và tổ chức thi trắc "
            "nghiệm trên máy tính đối với một số học phần, góp phần nâng cao tính khách quan "
            "trong đánh giá kết quả học tập."
        ),
        _xem_them(
            f"/tin-tuc/{N9_SLUG}",
            "Học viên lớp TC LLCT-HC khóa 85 nghiên cứu thực tế tại Khu di tích Tân Trào",
        ),
        P(
            "Chuyến công tác là dịp để Nhà trường học tập những cách làm hay, vận dụng phù hợp "
            "vào điều kiện thực tiễn của đơn vị trong thời gian tới."
        ),
        Raw(
            '<p class="text-right"><strong>ThS. Nguyễn Thị Mai Hương</strong><br/>'
            "<em>Phòng Tổ chức - Hành chính</em></p>"
        ),
    ],
    authors=["Nguyễn Thị Mai Hương"],
    opts={
        "local": "2026-10-21 16:00",
        "created": "2026-10-21 11:40",
        "by": "bientap.tct",
        "tags": ["học tập kinh nghiệm"],
        "seo": "Học tập kinh nghiệm tại Trường Chính trị tỉnh Thái Nguyên",
        "thumb": "thainguyen-1",
    },
)

E1 = Story(
    id=11,
    slug=E1_SLUG,
    title=(
        "Vận dụng tư tưởng Hồ Chí Minh về đạo đức cách mạng trong xây dựng đội ngũ giảng viên "
        "trường chính trị hiện nay"
    ),
    cat=ESSAY_CAT,
    published_at="2026-11-26",
    summary=(
        "Đạo đức cách mạng là nền tảng, là “gốc” của người cán bộ cách mạng. Đối với đội ngũ "
        "giảng viên trường chính trị - những người trực tiếp truyền bá lý luận của Đảng - việc "
        "học tập và làm theo tư tưởng Hồ Chí Minh về đạo đức cách mạng càng có ý nghĩa đặc biệt "
        "quan trọng."
    ),
    blocks=[
        P(
            "Đạo đức cách mạng là nền tảng, là “gốc” của người cán bộ cách mạng. Đối với đội ngũ "
            "giảng viên trường chính trị - những người trực tiếp truyền bá lý luận của Đảng - "
            "việc học tập và làm theo tư tưởng Hồ Chí Minh về đạo đức cách mạng càng có ý nghĩa "
            "đặc biệt quan trọng.",
            "lead",
        ),
        P("1. Tư tưởng Hồ Chí Minh về đạo đức cách mạng", "h3"),
        P(
            "Chủ tịch Hồ Chí Minh khẳng định: “Cũng như sông thì có nguồn mới có nước, không có "
            "nguồn thì sông cạn. Cây phải có gốc, không có gốc thì cây héo. Người cách mạng phải "
            "có đạo đức, không có đạo đức thì dù tài giỏi mấy cũng không lãnh đạo được nhân "
            "dân”.[1] Theo Người, đạo đức cách mạng bao gồm những phẩm chất cơ bản: trung với "
            "nước, hiếu với dân; cần, kiệm, liêm, chính, chí công vô tư; yêu thương con người; "
            "có tinh thần quốc tế trong sáng."
        ),
        P(
            "Người đặc biệt coi trọng vai trò nêu gương: “Nói chung thì các dân tộc phương Đông "
            "đều giàu tình cảm, và đối với họ một tấm gương sống còn có giá trị hơn một trăm bài "
            "diễn văn tuyên truyền”.[2]"
        ),
        P("2. Vận dụng trong xây dựng đội ngũ giảng viên", "h3"),
        P(
            "Thứ nhất, mỗi giảng viên phải thường xuyên tu dưỡng, rèn luyện đạo đức, lối sống; "
            "gương mẫu thực hiện các quy định về những điều đảng viên không được làm và quy tắc "
            "ứng xử của Nhà trường."
        ),
        P(
            "Thứ hai, gắn việc giảng dạy với thực tiễn, nói đi đôi với làm; kiên quyết đấu tranh "
            "phản bác các quan điểm sai trái, thù địch ngay trong từng bài giảng."
        ),
        P(
            "Thứ ba, Nhà trường cần đưa tiêu chí về đạo đức, tác phong vào đánh giá, xếp loại "
            "giảng viên hằng năm, kết hợp với lấy ý kiến phản hồi của học viên."
        ),
        P("Tài liệu tham khảo", "h4"),
        P(
            "[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, "
            "tr.292.",
            "note",
        ),
        P("[2] Hồ Chí Minh: Toàn tập, Sđd, t.1, tr.284.", "note"),
    ],
    authors=["Lê Thị Hồng Vân"],
    opts={
        "day": "2026-11-26",
        "created": "2026-11-20 09:30",
        "writers": [("TS. Lê Thị Hồng Vân", "Trưởng Khoa Lý luận cơ sở")],
        "tags": ["tư tưởng Hồ Chí Minh", "đạo đức cách mạng", "giảng viên"],
        "seo": "Vận dụng tư tưởng HCM về đạo đức cách mạng trong xây dựng đội ngũ giảng viên",
        "thumb": "nc-daoduc",
    },
)

E2 = Story(
    id=12,
    slug="giai-phap-nang-cao-hieu-qua-nghien-cuu-thuc-te-cua-hoc-vien-trung-cap-ly-luan-chinh-tri",
    title=(
        "Một số giải pháp nâng cao hiệu quả hoạt động nghiên cứu thực tế của học viên hệ trung "
        "cấp lý luận chính trị - hành chính"
    ),
    cat=ESSAY_CAT,
    published_at="2026-11-10",
    blocks=[
        P(
            "Nghiên cứu thực tế là hoạt động bắt buộc trong chương trình đào tạo trung cấp lý luận "
            "chính trị - hành chính, giúp học viên gắn lý luận với thực tiễn. Tuy nhiên, hiệu quả "
            "của hoạt động này ở một số lớp còn chưa cao."
        ),
        P("Thực trạng", "h3"),
        P(
            "Qua khảo sát 5 lớp hệ tập trung và không tập trung giai đoạn 2024 - 2026, nhóm tác "
            "giả nhận thấy: nội dung nghiên cứu thực tế có lúc còn trùng lặp giữa các khóa; thời "
            "gian làm việc tại cơ sở ngắn; chất lượng bài thu hoạch chưa đồng đều, một số bài còn "
            "sao chép báo cáo của địa phương."
        ),
        P("Giải pháp", "h3"),
        P(
            "Xây dựng kế hoạch nghiên cứu thực tế ngay từ đầu khóa học, gắn với nội dung các học "
            "phần và nhu cầu của địa phương.",
            "ol",
        ),
        P(
            "Lựa chọn địa bàn có mô hình mới, cách làm hay; phối hợp chặt chẽ với cấp ủy, chính "
            "quyền cơ sở trong chuẩn bị nội dung làm việc.",
            "ol",
        ),
        P(
            "Đổi mới hình thức đánh giá: kết hợp bài thu hoạch cá nhân với báo cáo nhóm và thuyết "
            "trình trước lớp.",
            "ol",
        ),
        P(
            "Thực hiện đồng bộ các giải pháp trên sẽ góp phần nâng cao chất lượng đào tạo, bồi "
            "dưỡng cán bộ của Nhà trường trong giai đoạn mới."
        ),
    ],
    authors=["Trần Minh Đức", "Bùi Thị Ngọc Ánh"],
    opts={
        "day": "2026-11-10",
        "created": "2026-11-04 14:12",
        "writers": [
            ("ThS. Trần Minh Đức", "Khoa Nhà nước và Pháp luật"),
            ("ThS. Bùi Thị Ngọc Ánh", "Khoa Nhà nước và Pháp luật"),
        ],
        "tags": ["nghiên cứu thực tế"],
        "seo": "Giải pháp nâng cao hiệu quả nghiên cứu thực tế của học viên TC LLCT-HC",
        "thumb": "nc-thucte",
    },
)

E3 = Story(
    id=13,
    slug="nang-cao-nang-luc-so-cho-doi-ngu-can-bo-giang-vien-truong-chinh-tri-tinh",
    title=(
        "Nâng cao năng lực số cho đội ngũ cán bộ, giảng viên Trường Chính trị tỉnh trong bối cảnh "
        "chuyển đổi số"
    ),
    cat=ESSAY_CAT,
    published_at="2026-10-15",
    blocks=[
        P(
            "Chuyển đổi số đang đặt ra yêu cầu mới đối với hoạt động giảng dạy, nghiên cứu và "
            "quản lý đào tạo ở các trường chính trị. Năng lực số trở thành một trong những năng "
            "lực cốt lõi của đội ngũ cán bộ, giảng viên."
        ),
        P(
            "Thực tế tại Trường Chính trị tỉnh cho thấy, đa số giảng viên đã sử dụng thành thạo "
            "các phần mềm trình chiếu, khai thác tài liệu trên mạng; song việc thiết kế bài giảng "
            "điện tử, học liệu số và tổ chức lớp học trực tuyến còn hạn chế.",
            "word",
        ),
        P("Để nâng cao năng lực số, cần thực hiện một số giải pháp sau:", "word"),
        P(
            "Tổ chức bồi dưỡng kỹ năng số theo nhóm đối tượng: giảng viên, cán bộ quản lý, nhân "
            "viên.",
            "wordli",
        ),
        P(
            "Xây dựng kho học liệu số dùng chung, chuẩn hóa bài giảng điện tử theo từng học phần.",
            "wordli",
        ),
        P(
            "Đưa tiêu chí về ứng dụng công nghệ thông tin vào đánh giá, thi đua hằng năm.",
            "wordli",
        ),
        P(
            "Nâng cao năng lực số không chỉ là yêu cầu trước mắt mà còn là giải pháp căn bản, lâu "
            "dài để xây dựng Trường Chính trị tỉnh đạt chuẩn, đáp ứng yêu cầu đào tạo, bồi dưỡng "
            "cán bộ trong giai đoạn mới."
        ),
    ],
    authors=["Phan Thanh Tùng"],
    opts={
        "day": "2026-10-15",
        "created": "2026-10-09 08:05",
        "writers": [("ThS. Phan Thanh Tùng", "Phòng Quản lý đào tạo và Nghiên cứu khoa học")],
        "tags": ["chuyển đổi số", "năng lực số"],
        "seo": "Nâng cao năng lực số cho cán bộ, giảng viên",
        "thumb": "nc-nangluc-so",
    },
)

NEWS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10]  # newest first
ESSAYS = [E1, E2, E3]
ALL = NEWS + ESSAYS
BY_SLUG = {s.slug: s for s in ALL}
MOST_READ = [N1, N6, N3, E1, N5]

# --- helpers: dates, text, URLs ------------------------------------------------------------


def is_essay(s: Story) -> bool:
    return s.cat == ESSAY_CAT


def url_of(s: Story) -> str:
    return f"/nghien-cuu/{s.slug}" if is_essay(s) else f"/tin-tuc/{s.slug}"


def _local(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def utc_iso(local: str) -> str:
    return (_local(local) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def story_day(s: Story) -> datetime:
    return _local(s.opts["local"]) if "local" in s.opts else _local(s.opts["day"] + " 00:00")


def printed_date(s: Story) -> str:
    """The meta line's date as React renders it: two text nodes around a literal."""
    if "local" in s.opts:
        d = _local(s.opts["local"])
        return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}<!-- --> - <!-- -->{d:%H:%M}"
    d = _local(s.opts["day"] + " 00:00")
    return f"{d:%d/%m/%Y}"


def short_date(s: Story) -> str:
    return f"{story_day(s):%d/%m/%Y}"


def nf(s: Story, value: str) -> str:
    """Text as stored in Sanity: N6 was typed on a Mac (decomposed)."""
    return unicodedata.normalize("NFD", value) if s.opts.get("nfd") else value


def t(s: Story, value: str) -> str:
    return esc(nf(s, value))


def excerpt(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= 170 else first[:167].rsplit(" ", 1)[0] + "…"


_TAG = re.compile(r"<[^>]+>")


def strip_tags(markup: str) -> str:
    return re.sub(r"\s+", " ", _TAG.sub(" ", markup)).strip()


def svg(kind: str) -> str:
    paths = {
        "clock": "M12 8v4l3 3m6-3a9 9 0 11-18 0 9 9 0 0118 0z",
        "eye": "M15 12a3 3 0 11-6 0 3 3 0 016 0z",
        "user": "M16 7a4 4 0 11-8 0 4 4 0 018 0z",
    }
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" class="inline h-4 w-4" fill="none" '
        'viewBox="0 0 24 24" stroke="currentColor" aria-hidden="true"><path stroke-linecap="round" '
        f'stroke-linejoin="round" stroke-width="2" d="{paths[kind]}"></path></svg>'
    )


# --- Portable Text to HTML (the agency's serializers) --------------------------------------

_FN_CALL = re.compile(r"\[(\d+)\]")


def _inline(s: Story, value: str, *, footnotes: bool = False) -> str:
    out = t(s, value)
    if footnotes:
        out = _FN_CALL.sub(r'<sup class="pt-cc"><a href="#cc-\1" id="tr-\1">[\1]</a></sup>', out)
    return out


def _figure(img: Img, n: int) -> str:
    base = img.src.split("?", 1)[0]
    srcset = ", ".join(f"{base}?w={w}&q=75&auto=format {w}w" for w in (480, 960, 1600))
    line = (
        '<figcaption class="mt-2 text-center text-[14px] italic text-slate-500">'
        f"{esc(img.printed)}</figcaption>"
        if img.printed
        else ""
    )
    return (
        f'<figure class="pt-anh not-prose my-6" data-key="a{n:02d}">'
        '<div class="relative overflow-hidden rounded bg-slate-200" style="aspect-ratio:1600/1067">'
        f'<img aria-hidden="true" alt="" class="absolute inset-0 h-full w-full scale-110 blur-lg" '
        f'src="{LQIP}"/>'
        f'<img alt="{esc(img.caption or "")}" loading="lazy" decoding="async" '
        f'class="relative h-full w-full object-cover" src="{esc(img.src)}" '
        f'srcSet="{esc(srcset)}" sizes="(min-width: 1024px) 760px, 100vw" width="960" '
        'height="640"/></div>'
        f"{line}</figure>"
    )


def _gallery(imgs: list[Img]) -> str:
    cells = []
    for img in imgs:
        full = img.src.split("?", 1)[0] + "?w=1600&auto=format"
        cells.append(
            f'<a href="{esc(full)}" data-fancybox="bst" class="block overflow-hidden rounded">'
            f'<img alt="" loading="lazy" class="aspect-[4/3] w-full object-cover" '
            f'src="{esc(img.src)}"/></a>'
        )
    return (
        '<div class="not-prose my-6 grid grid-cols-3 gap-2" data-pt="boSuuTap">'
        + "".join(cells)
        + "</div>"
    )


_WORD_P = (
    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
    'line-height:115%"><span lang="VI" style="font-size:14.0pt;line-height:115%;font-family:'
    '&quot;Times New Roman&quot;,serif">{}</span></p>'
)
_WORD_LI = (
    '<p class="MsoListParagraph" style="margin-left:54.0pt;text-align:justify;text-indent:-18.0pt;'
    'mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span lang="VI" style="font-size:14.0pt;'
    'font-family:&quot;Times New Roman&quot;,serif"><span style="mso-list:Ignore">-<span '
    'style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
    '</span></span></span><!--[endif]--><span lang="VI" style="font-size:14.0pt;font-family:'
    '&quot;Times New Roman&quot;,serif">{}</span></p>'
)


def render_pt(s: Story) -> str:
    """The body's Portable Text as @portabletext/react prints it with the agency's serializers."""
    out: list[str] = []
    blocks = s.blocks
    i = 0
    n_img = 0
    footnotes = bool(s.opts.get("writers"))
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "gal":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                    group.append(blocks[i])
                    i += 1
                out.append(_gallery(group))
                continue
            n_img += 1
            out.append(_figure(b, n_img))
            i += 1
            continue
        style = b.style
        if style in ("li", "ol", "tr", "word", "wordli"):
            group = []
            kinds = ("word", "wordli") if style in ("word", "wordli") else (style,)
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in kinds:
                group.append(blocks[i])
                i += 1
            if style == "li":
                items = "".join(f"<li>{_inline(s, p.text)}</li>" for p in group)
                out.append(f'<ul class="list-disc pl-6">{items}</ul>')
            elif style == "ol":
                items = "".join(f"<li>{_inline(s, p.text)}</li>" for p in group)
                out.append(f'<ol class="list-decimal pl-6">{items}</ol>')
            elif style == "tr":
                rows = []
                for k, p in enumerate(group):
                    tag = "th" if k == 0 else "td"
                    cells = "".join(
                        f'<{tag} class="border border-slate-300 px-2 py-1">{_inline(s, c)}</{tag}>'
                        for c in p.text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<div class="not-prose my-4 overflow-x-auto"><table class="pt-bang w-full '
                    'border-collapse text-[15px]" data-pt="bangBieu">'
                    f"<tbody>{''.join(rows)}</tbody></table></div>"
                )
            else:
                parts = [
                    (_WORD_LI if p.style == "wordli" else _WORD_P).format(_inline(s, p.text))
                    for p in group
                ]
                out.append(
                    '<div class="pt-html" data-pt="htmlNhung"><!--StartFragment-->'
                    + "".join(parts)
                    + "<!--EndFragment--></div>"
                )
            continue
        if style == "br":
            joined = [b]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P):
                joined.append(blocks[i])
                i += 1
                if joined[-1].style != "br":
                    break
            out.append("<p>" + "<br/>".join(_inline(s, p.text) for p in joined) + "</p>")
            continue
        i += 1
        if style == "h3":
            out.append(f'<h3 id="m-{len(out)}">{_inline(s, b.text)}</h3>')
        elif style == "h4":
            out.append(f'<h4 class="mt-8 text-base uppercase">{_inline(s, b.text)}</h4>')
        elif style == "quote":
            out.append(
                '<blockquote class="border-l-4 border-[#8b0000] pl-4 italic">'
                f"<p>{_inline(s, b.text)}</p></blockquote>"
            )
        elif style in ("b", "lead"):
            out.append(f"<p><strong>{_inline(s, b.text)}</strong></p>")
        elif style == "note":
            m = _FN_CALL.match(b.text)
            num = m.group(1) if m else "0"
            rest = b.text[m.end() :] if m else b.text
            out.append(
                f'<p class="text-[14px]" id="cc-{num}"><a href="#tr-{num}">[{num}]</a>'
                f"{_inline(s, rest)}</p>"
            )
        else:
            out.append(f"<p>{_inline(s, b.text, footnotes=footnotes)}</p>")
    return "".join(out)


def pt_json(s: Story) -> list[dict]:
    """The Portable Text as Sanity stores it (for the loader JSON)."""
    out: list[dict] = []
    for n, b in enumerate(s.blocks):
        key = hashlib.md5(f"{s.slug}{n}".encode()).hexdigest()[:12]
        if isinstance(b, P):
            block = {
                "_key": key,
                "_type": "block",
                "style": {"h3": "h3", "h4": "h4", "quote": "blockquote"}.get(b.style, "normal"),
                "markDefs": [],
                "children": [
                    {"_key": key + "0", "_type": "span", "marks": [], "text": nf(s, b.text)}
                ],
            }
            if b.style in ("li", "ol"):
                block["listItem"] = "bullet" if b.style == "li" else "number"
                block["level"] = 1
            out.append(block)
        elif isinstance(b, Img):
            ref = b.src.split("/production/", 1)[1].split("?", 1)[0].replace(".jpg", "-jpg")
            out.append(
                {
                    "_key": key,
                    "_type": "image",
                    "asset": {"_ref": "image-" + ref, "_type": "reference"},
                    "chuThich": b.printed,
                }
            )
        elif "<table" in b.html:
            out.append({"_key": key, "_type": "bangBieu", "html": b.html})
        else:
            out.append(
                {
                    "_key": key,
                    "_type": "block",
                    "style": "canhPhai",
                    "markDefs": [],
                    "children": [
                        {
                            "_key": key + "0",
                            "_type": "span",
                            "marks": [],
                            "text": strip_tags(b.html),
                        }
                    ],
                }
            )
        if n == 1 and s.opts.get("note"):
            out.append({"_key": key + "n", "_type": "ghiChuBTV", "noiDung": s.opts["note"]})
    return out


def doc_json(s: Story) -> dict:
    created = utc_iso(s.opts["created"])
    return {
        "_id": hashlib.md5(s.slug.encode()).hexdigest()[:8] + "-" + s.slug[:12],
        "_type": "nghienCuu" if is_essay(s) else "baiViet",
        "_createdAt": created,
        "_updatedAt": utc_iso(s.opts.get("updated", s.opts.get("local", s.opts["created"]))),
        "tieuDe": nf(s, s.title),
        "tieuDeSeo": s.opts["seo"],
        "slug": {"_type": "slug", "current": s.slug},
        "ngayDang": utc_iso(s.opts["local"]) if "local" in s.opts else s.opts["day"],
        "chuyenMuc": {"tieuDe": CATS[s.cat], "slug": s.cat},
        "tomTat": s.summary if s.sapo_outside else None,
        "moTaSeo": nf(s, excerpt(s)),
        "nguoiDang": s.opts.get("by"),
        "tacGia": [{"ten": w, "donVi": u} for w, u in s.opts.get("writers", [])]
        or ({"ten": s.opts["author_ref"]} if s.opts.get("author_ref") else None),
        "tuKhoa": s.opts.get("tags", []),
        "anhDaiDien": sanity_img(s.opts["thumb"]),
        "luotXem": s.views(),
        "noiDung": pt_json(s),
    }


def card_json(s: Story) -> dict:
    return {
        "tieuDe": nf(s, s.title),
        "slug": s.slug,
        "loai": "nghienCuu" if is_essay(s) else "baiViet",
        "ngayDang": utc_iso(s.opts["local"]) if "local" in s.opts else s.opts["day"],
        "moTaSeo": nf(s, excerpt(s)),
        "anhDaiDien": sanity_img(s.opts["thumb"]),
    }


# --- chrome -------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "/gioi-thieu/lich-su-hinh-thanh",
        [
            ("Lịch sử hình thành", "/gioi-thieu/lich-su-hinh-thanh"),
            ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
        ],
    ),
    (
        "Tin tức",
        "/tin-tuc",
        [
            ("Tất cả tin", "/tin-tuc"),
            ("Tin hoạt động", "/chuyen-muc/tin-hoat-dong"),
            ("Công tác Đảng - Đoàn thể", "/chuyen-muc/cong-tac-dang-doan-the"),
        ],
    ),
    ("Đào tạo - Bồi dưỡng", "/chuyen-muc/dao-tao-boi-duong", []),
    ("Nghiên cứu - Trao đổi", "/chuyen-muc/nghien-cuu-trao-doi", []),
    ("Thông báo", "/chuyen-muc/thong-bao", []),
    ("Văn bản", "/van-ban", []),
    ("Thư viện", "/thu-vien-anh", [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")]),
    ("Lịch công tác", "/lich-cong-tac", []),
    ("Liên hệ", "/lien-he", []),
]


def _nav() -> str:
    items = []
    for label, href, subs in MENU:
        if subs:
            sub = "".join(
                f'<li><a class="block px-4 py-2 hover:bg-red-50" href="{h}" data-discover="true">'
                f"{esc(lbl)}</a></li>"
                for lbl, h in subs
            )
            items.append(
                '<li class="group relative"><a class="flex items-center gap-1 px-3 py-3 '
                f'font-semibold uppercase" href="{href}" data-discover="true">{esc(label)}'
                '<span aria-hidden="true">▾</span></a><ul class="invisible absolute left-0 top-full '
                'z-30 min-w-[220px] bg-white text-slate-800 shadow-lg group-hover:visible">'
                f"{sub}</ul></li>"
            )
        else:
            items.append(
                f'<li><a class="block px-3 py-3 font-semibold uppercase" href="{href}" '
                f'data-discover="true">{esc(label)}</a></li>'
            )
    drawer = "".join(
        f'<a class="block border-b px-4 py-2" href="{href}" data-discover="true">{esc(label)}</a>'
        for label, href, _ in MENU
    )
    return (
        '<nav id="mn-chinh" class="bg-[#8b0000] text-[13px] text-white"><div class="mx-auto '
        'max-w-[1200px] px-4"><ul class="hidden flex-wrap lg:flex">' + "".join(items) + "</ul>"
        '<button type="button" class="lg:hidden" aria-controls="mn-dd" aria-expanded="false">☰ '
        'Danh mục</button></div><div id="mn-dd" hidden="" class="bg-white text-slate-800">'
        + drawer
        + "</div></nav>"
    )


def _header() -> str:
    return (
        '<div class="bg-[#6d0707] text-[12px] text-white/90"><div class="mx-auto flex max-w-[1200px] '
        f'items-center justify-between px-4 py-1"><span id="ngay-ht">{HEADER_TODAY}</span>'
        '<span class="hidden md:inline">Đường dây nóng: 0207.3822.516</span><span class="flex '
        'gap-3"><a href="https://www.facebook.com/truongchinhtrituyenquang" target="_blank" '
        'rel="noreferrer">Facebook</a><a href="https://zalo.me/2795107733541843210" '
        'target="_blank" rel="noreferrer">Zalo OA</a></span></div></div>'
        '<header class="bg-white"><div class="mx-auto flex max-w-[1200px] items-center gap-4 px-4 '
        'py-3"><a href="/" data-discover="true" class="flex items-center gap-3">'
        '<img src="/assets/logo-tct-tq-4b7e1a.png" alt="Logo Trường Chính trị tỉnh Tuyên Quang" '
        'width="84" height="84"/><span><span class="block text-[13px] font-semibold '
        'text-[#8b0000]">ĐẢNG BỘ TỈNH TUYÊN QUANG</span><span class="block text-[26px] '
        'font-bold uppercase text-[#8b0000]">Trường Chính trị tỉnh Tuyên Quang</span></span></a>'
        '<form method="get" action="/tim-kiem" class="ml-auto hidden md:flex" role="search">'
        '<input type="search" name="q" placeholder="Tìm kiếm..." class="rounded-l border px-3 '
        'py-1"/><button type="submit" class="rounded-r bg-[#8b0000] px-3 text-white">Tìm</button>'
        "</form></div></header>"
    )


def _footer() -> str:
    return (
        '<footer class="mt-10 bg-[#5a0606] text-[14px] text-white/90"><div class="mx-auto grid '
        'max-w-[1200px] gap-6 px-4 py-8 md:grid-cols-3"><div><p class="text-lg font-bold '
        'uppercase">Trường Chính trị tỉnh Tuyên Quang</p><p>Địa chỉ: Số 8 đường Lê Duẩn, phường '
        "Minh Xuân, tỉnh Tuyên Quang</p><p>Điện thoại: 0207.3822.516 - Fax: 0207.3822.517</p>"
        "<p>Email: truongchinhtri@tuyenquang.gov.vn</p></div><div><p>Chịu trách nhiệm chính: "
        "Nguyễn Quang Vinh - Hiệu trưởng</p><p>Giấy phép số 21/GP-TTĐT do Sở Văn hóa, Thể thao "
        "và Du lịch cấp ngày 12/5/2024</p></div><div><p>Ghi rõ nguồn “Trường Chính trị tỉnh "
        "Tuyên Quang” khi phát hành lại thông tin từ website này.</p></div></div>"
        '<div class="border-t border-white/20 py-3 text-center text-[12px]">© 2026 Trường Chính '
        "trị tỉnh Tuyên Quang. Thiết kế và phát triển bởi TQ Digital</div></footer>"
    )


def _sidebar() -> str:
    notices = [s for s in NEWS if s.cat == "thong-bao"]
    tb = "".join(
        f'<li class="border-b py-2"><a href="{url_of(s)}" data-discover="true">{t(s, s.title)}'
        f'</a> <span class="text-[12px] text-slate-400">({short_date(s)})</span></li>'
        for s in notices
    )
    dn = "".join(
        f'<li><article class="flex gap-2 py-2"><span class="text-2xl font-bold text-slate-300">'
        f'{k}</span><h3 class="text-[14px] leading-snug"><a href="{url_of(s)}/" '
        f'data-discover="true">{t(s, s.title)}</a></h3></article></li>'
        for k, s in enumerate(MOST_READ, 1)
    )
    return (
        '<aside class="col-span-12 space-y-6 lg:col-span-4">'
        '<section id="sb-thongbao" class="rounded border"><h2 class="bg-[#8b0000] px-3 py-2 '
        'font-bold uppercase text-white">Thông báo</h2><div class="px-3 py-2"><p class="text-[14px] '
        'text-slate-700">Trường Chính trị tỉnh tiếp nhận hồ sơ đăng ký dự tuyển lớp Trung cấp lý '
        "luận chính trị - hành chính hệ tập trung khóa 86 đến hết ngày 25/12/2026. Các cơ quan, "
        "đơn vị gửi hồ sơ về Phòng Quản lý đào tạo và Nghiên cứu khoa học.</p>"
        f'<ul class="text-[14px]">{tb}</ul></div></section>'
        '<section id="sb-docnhieu" class="rounded border"><h2 class="bg-[#8b0000] px-3 py-2 '
        f'font-bold uppercase text-white">Đọc nhiều</h2><ol class="px-3">{dn}</ol></section>'
        '<section id="sb-lienket" class="rounded border p-3"><h2 class="mb-2 font-bold uppercase '
        'text-[#8b0000]">Liên kết website</h2><select aria-label="Liên kết website" '
        'class="w-full border p-1"><option value="">-- Chọn liên kết --</option>'
        '<option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>'
        '<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option>'
        '<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option></select>'
        '<a class="mt-3 block" href="https://hcma.vn" target="_blank" rel="noreferrer"><img '
        'src="/assets/banner-hvctqg-9c1e2f.png" alt="Học viện Chính trị quốc gia Hồ Chí Minh" '
        'width="360" height="90"/></a><a class="mt-2 block" href="https://dangcongsan.vn" '
        'target="_blank" rel="noreferrer"><img src="/assets/banner-dcsvn-77a0b3.png" alt="Báo '
        'điện tử Đảng Cộng sản Việt Nam" width="360" height="90"/></a></section>'
        '<section id="sb-binhchon" class="rounded border p-3"><h2 class="mb-2 font-bold uppercase '
        'text-[#8b0000]">Thăm dò ý kiến</h2><form method="post" action="/api/binh-chon">'
        '<p class="text-[14px]">Bạn đánh giá thế nào về giao diện mới của website?</p>'
        '<label class="block"><input type="radio" name="luaChon" value="1"/> Đẹp, dễ sử dụng</label>'
        '<label class="block"><input type="radio" name="luaChon" value="2"/> Bình thường</label>'
        '<label class="block"><input type="radio" name="luaChon" value="3"/> Cần cải thiện</label>'
        '<button type="submit" class="mt-2 rounded bg-[#8b0000] px-3 py-1 text-white">Bình chọn'
        "</button></form></section>"
        '<section id="sb-thongke" class="rounded border p-3 text-[14px]"><h2 class="mb-2 font-bold '
        'uppercase text-[#8b0000]">Thống kê truy cập</h2><ul><li>Đang online: <!-- -->37</li>'
        "<li>Hôm nay: <!-- -->1.284</li><li>Tổng truy cập: <!-- -->2.456.913</li></ul></section>"
        "</aside>"
    )


ASSETS = {
    "manifest": "/assets/manifest-3f2a91c0.js",
    "entry": "/assets/entry.client-B7wq1xZ4.js",
    "root": "/assets/root-DHc8Yq1s.js",
    "css": "/assets/tailwind-Cq8x0d3M.css",
}
ROUTE_CHUNKS = {
    "routes/_index": "/assets/_index-Ck2pQ9aa.js",
    "routes/tin-tuc._index": "/assets/tin-tuc._index-D0r4bXk1.js",
    "routes/tin-tuc.$slug": "/assets/tin-tuc._slug-Bp2kLx9n.js",
    "routes/nghien-cuu.$slug": "/assets/nghien-cuu._slug-C7yTq3Ve.js",
    "routes/chuyen-muc.$slug": "/assets/chuyen-muc._slug-9hWm2sLd.js",
}

SCROLL = (
    "<script>((STORAGE_KEY, restoreKey) => { if (!window.history.state || !window.history.state.key)"
    ' { let key = Math.random().toString(32).slice(2); window.history.replaceState({ key }, ""); }'
    ' try { let positions = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || "{}"); let storedY ='
    ' positions[restoreKey || window.history.state.key]; if (typeof storedY === "number") {'
    " window.scrollTo(0, storedY); } } catch (error) { console.error(error);"
    ' sessionStorage.removeItem(STORAGE_KEY); } })("positions", null)</script>'
)


def _script_json(data: object) -> str:
    return (
        json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def root_data() -> dict:
    return {
        "ENV": {
            "SANITY_PROJECT_ID": PROJECT,
            "SANITY_DATASET": "production",
            "SANITY_API_VERSION": "2024-06-01",
        },
        "caiDat": {
            "tenTruong": SITE,
            "dienThoai": "0207.3822.516",
            "email": "truongchinhtri@tuyenquang.gov.vn",
        },
        "menu": [
            {"nhan": m[0], "duongDan": m[1], "con": [{"nhan": a, "duongDan": b} for a, b in m[2]]}
            for m in MENU
        ],
        "ngayHienTai": "2026-12-05T02:14:09.512Z",
        "thongKe": {"online": 37, "homNay": 1284, "tong": 2456913},
    }


@dataclass
class Page:
    title: str
    main: str
    route_id: str
    data: dict
    canonical: str
    description: str = ""
    og_type: str = "website"
    published: str | None = None
    og_image: str | None = None
    prefetch: tuple[str, ...] = ()
    status: int = 200


def render(request: Request, page: Page) -> Response:
    base = base_url(request)
    head = [
        '<meta charSet="utf-8"/>',
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
        f"<title>{esc(page.title)}</title>",
    ]
    if page.description:
        head.append(f'<meta name="description" content="{esc(page.description)}"/>')
    head += [
        f'<meta property="og:title" content="{esc(page.title)}"/>',
        f'<meta property="og:type" content="{page.og_type}"/>',
        f'<meta property="og:url" content="{esc(base + page.canonical)}"/>',
        '<meta property="og:site_name" content="Trường Chính trị tỉnh Tuyên Quang"/>',
    ]
    if page.og_image:
        head.append(f'<meta property="og:image" content="{esc(base + page.og_image)}"/>')
    if page.published:
        head.append(f'<meta property="article:published_time" content="{page.published}"/>')
    head += [
        f'<link rel="canonical" href="{esc(base + page.canonical)}"/>',
        '<link rel="icon" href="/favicon.ico" type="image/x-icon"/>',
        '<link rel="preconnect" href="https://fonts.googleapis.com"/>',
        f'<link rel="stylesheet" href="{ASSETS["css"]}"/>',
        f'<link rel="modulepreload" href="{ASSETS["manifest"]}"/>',
        f'<link rel="modulepreload" href="{ASSETS["entry"]}"/>',
        f'<link rel="modulepreload" href="{ASSETS["root"]}"/>',
    ]
    chunk = ROUTE_CHUNKS.get(page.route_id)
    if chunk:
        head.append(f'<link rel="modulepreload" href="{chunk}"/>')
    head += [f'<link rel="prefetch" as="fetch" href="{esc(h)}"/>' for h in page.prefetch]
    context = {
        "basename": "/",
        "future": {
            "v3_fetcherPersist": True,
            "v3_relativeSplatPath": True,
            "v3_throwAbortReason": True,
            "v3_lazyRouteDiscovery": True,
            "v3_singleFetch": False,
        },
        "isSpaMode": False,
        "state": {
            "loaderData": {"root": root_data(), page.route_id: page.data},
            "actionData": None,
            "errors": None,
        },
    }
    modules = f'import * as route0 from "{ASSETS["root"]}";'
    names = '"root":route0'
    if chunk:
        modules += f' import * as route1 from "{chunk}";'
        names += f',"{page.route_id}":route1'
    body = (
        '<!DOCTYPE html><html lang="vi"><head>'
        + "".join(head)
        + '</head><body class="bg-slate-50 font-sans text-slate-800 antialiased">'
        + _header()
        + _nav()
        + page.main
        + _footer()
        + SCROLL
        + f"<script>window.__remixContext = {_script_json(context)};</script>"
        + f'<script type="module" async="">import "{ASSETS["manifest"]}"; {modules} '
        + f'window.__remixRouteModules = {{{names}}}; import("{ASSETS["entry"]}");</script>'
        + "</body></html>"
    )
    return html(body, status=page.status)


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    parts = ['<li><a href="/" data-discover="true">Trang chủ</a></li>']
    for label, href in items:
        parts.append('<li aria-hidden="true" class="text-slate-400">›</li>')
        if href:
            parts.append(f'<li><a href="{href}" data-discover="true">{esc(label)}</a></li>')
        else:
            parts.append(
                f'<li class="truncate text-slate-500" aria-current="page">{esc(label)}</li>'
            )
    return (
        '<nav aria-label="Breadcrumb" class="dhd text-[13px]"><ol class="flex flex-wrap '
        'items-center gap-1">' + "".join(parts) + "</ol></nav>"
    )


def _layout(inner: str) -> str:
    return (
        '<main class="mx-auto max-w-[1200px] px-4 py-6"><div class="grid grid-cols-12 gap-6">'
        f'<div class="col-span-12 lg:col-span-8">{inner}</div>{_sidebar()}</div></main>'
    )


def _card(s: Story, *, wide: bool = True) -> str:
    href = url_of(s)
    img = f'<img alt="" loading="lazy" class="aspect-[3/2] w-full rounded object-cover" src="{esc(thumb(s.opts["thumb"]))}"/>'
    if wide:
        return (
            '<article class="the-tin grid grid-cols-3 gap-4 border-b py-4">'
            f'<a href="{href}" data-discover="true" class="col-span-1">{img}</a>'
            f'<div class="col-span-2"><h3 class="text-[18px] font-bold leading-snug">'
            f'<a href="{href}" data-discover="true">{t(s, s.title)}</a></h3>'
            f'<p class="mt-1 text-[12px] text-slate-400">{svg("clock")} {short_date(s)}</p>'
            f'<p class="mt-1 line-clamp-3 text-[14px] text-slate-600">{t(s, excerpt(s))}</p></div>'
            "</article>"
        )
    return (
        '<article class="the-nho">'
        f'<a href="{href}" data-discover="true">{img}</a>'
        f'<h3 class="mt-2 text-[15px] font-semibold leading-snug"><a href="{href}" '
        f'data-discover="true">{t(s, s.title)}</a></h3>'
        f'<p class="mt-1 line-clamp-2 text-[13px] text-slate-500">{t(s, excerpt(s))}</p></article>'
    )


# --- pages ---------------------------------------------------------------------------------


def article_page(request: Request, s: Story, route_id: str) -> Response:
    essay = is_essay(s)
    crumbs = (
        [(CATS[s.cat], f"/chuyen-muc/{s.cat}")]
        if essay
        else [("Tin tức", "/tin-tuc"), (CATS[s.cat], f"/chuyen-muc/{s.cat}")]
    )
    short = s.title if len(s.title) <= 48 else s.title[:47].rstrip() + "…"
    crumbs.append((nf(s, short), None))
    meta = []
    if s.opts.get("updated"):
        u = _local(s.opts["updated"])
        meta.append(f'<span class="tt-cn">Cập nhật: <!-- -->{u:%H:%M %d/%m/%Y}</span>')
    if "local" in s.opts:
        meta.append(
            f'<span class="tt-ng">{svg("clock")} <time dateTime="{utc_iso(s.opts["local"])}">'
            f"{printed_date(s)}</time></span>"
        )
    else:
        meta.append(
            f'<span class="tt-ng">Ngày đăng: <!-- --><time dateTime="{s.opts["day"]}">'
            f"{printed_date(s)}</time></span>"
        )
    if s.opts.get("author_ref"):
        meta.append(f"<span>{svg('user')} Tác giả: <!-- -->{esc(s.opts['author_ref'])}</span>")
    if s.opts.get("by"):
        meta.append(f"<span>{svg('user')} Đăng bởi: <!-- -->{esc(s.opts['by'])}</span>")
    views = f"{s.views():,}".replace(",", ".")
    meta.append(f"<span>{svg('eye')} Lượt xem: <!-- -->{views}</span>")
    writers = ""
    if s.opts.get("writers"):
        people = "".join(
            '<div class="flex items-center gap-3"><img src="'
            + esc(sanity_img("avatar-" + name, 400, 400) + "?w=96&h=96&fit=crop&auto=format")
            + '" alt="" class="h-12 w-12 rounded-full object-cover" width="48" height="48"/>'
            f'<div><p class="font-semibold">{esc(name)}</p><p class="text-[13px] text-slate-500">'
            f"{esc(unit)}</p></div></div>"
            for name, unit in s.opts["writers"]
        )
        writers = (
            f'<div class="tg-nc my-4 flex flex-wrap gap-6 rounded bg-slate-100 p-3">{people}</div>'
        )
    sapo = (
        '<div class="tt-tomtat mt-4 border-l-4 border-[#8b0000] bg-red-50/40 p-3 text-[17px] '
        f'font-semibold leading-7">{t(s, s.summary)}</div>'
        if s.summary and s.sapo_outside
        else ""
    )
    tts = (
        '<div class="nghe-doc mt-3 flex items-center gap-2 rounded bg-slate-100 px-3 py-2 '
        'text-[13px]"><button type="button" aria-label="Nghe đọc bài viết">🎧 Nghe đọc bài '
        'viết</button><select aria-label="Giọng đọc"><option>Giọng nữ miền Bắc</option>'
        "<option>Giọng nam miền Bắc</option><option>Giọng nữ miền Nam</option></select></div>"
    )
    tags = "".join(
        f'<span class="rounded bg-slate-100 px-2 py-0.5">#{esc(tag)}</span>'
        for tag in s.opts.get("tags", [])
    )
    full = base_url(request) + url_of(s)
    tools = (
        '<div class="cong-cu mt-4 flex flex-wrap items-center gap-2 text-[13px]"><span>Chia sẻ:'
        '</span><a href="https://www.facebook.com/sharer/sharer.php?u='
        + quote(full, safe="")
        + '" target="_blank" rel="noreferrer" class="rounded bg-blue-600 px-2 py-1 text-white">'
        'Facebook</a><a href="https://sp.zalo.me/share_inline?d='
        + quote(full, safe="")
        + '" target="_blank" rel="noreferrer" class="rounded bg-sky-500 px-2 py-1 text-white">Zalo'
        '</a><button type="button" class="rounded border px-2 py-1">🖨 In bài</button><button '
        'type="button" class="rounded border px-2 py-1">Sao chép liên kết</button></div>'
    )
    size = ESSAY_PAGE if essay else CAT_PAGE
    same = [x for x in [y for y in ALL if y.cat == s.cat][:size] if x is not s]
    related = (
        '<section class="cung-cm mt-8"><h2 class="mb-3 border-b-2 border-[#8b0000] pb-1 text-lg '
        'font-bold uppercase text-[#8b0000]">Cùng chuyên mục</h2><div class="grid gap-4 '
        'md:grid-cols-3">' + "".join(_card(x, wide=False) for x in same) + "</div></section>"
        if same
        else ""
    )
    inner = (
        _crumbs(crumbs)
        + f'<h1 class="mt-3 text-[28px] font-bold leading-tight text-[#8b0000]">{t(s, s.title)}</h1>'
        + '<div class="tt-bv mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-[13px] '
        'text-slate-500">'
        + "".join(meta)
        + "</div>"
        + tts
        + writers
        + sapo
        + '<div class="prose prose-slate mt-4 max-w-none text-[17px] leading-8" id="noi-dung-bv">'
        + render_pt(s)
        + "</div>"
        + (
            f'<div class="tu-khoa mt-6 flex flex-wrap gap-2 text-[13px]"><strong>Từ khóa:</strong>{tags}</div>'
            if tags
            else ""
        )
        + tools
        + related
    )
    data = {
        "baiViet": doc_json(s),
        "cungChuyenMuc": [card_json(x) for x in same],
        "docNhieu": [card_json(x) for x in MOST_READ],
    }
    return render(
        request,
        Page(
            title=f"{nf(s, s.opts['seo'])} | TCT Tuyên Quang",
            main=_layout(inner),
            route_id=route_id,
            data=data,
            canonical=url_of(s),
            description=nf(s, excerpt(s)),
            og_type="article",
            published=utc_iso(s.opts["local"]) if "local" in s.opts else s.opts["day"],
            og_image=sanity_img(s.opts["thumb"]) + "?w=1200&h=630&fit=crop",
        ),
    )


def home_page(request: Request) -> Response:
    hero, latest = NEWS[0], NEWS[1:5]
    hero_html = (
        '<section class="tieu-diem grid gap-4 md:grid-cols-5"><a href="'
        f'{url_of(hero)}/" data-discover="true" class="md:col-span-3"><img alt="" '
        f'class="aspect-[3/2] w-full rounded object-cover" src="{esc(fig(hero.opts["thumb"]))}"/>'
        f'</a><div class="md:col-span-2"><h2 class="text-[24px] font-bold leading-tight '
        f'text-[#8b0000]"><a href="{url_of(hero)}" data-discover="true">{t(hero, hero.title)}</a>'
        f'</h2><p class="mt-2 text-[12px] text-slate-400">{short_date(hero)}</p>'
        f'<p class="mt-2 text-[15px]">{t(hero, excerpt(hero))}</p></div></section>'
    )
    tin_moi = (
        '<section class="mt-6"><h2 class="mb-2 border-b-2 border-[#8b0000] pb-1 text-lg font-bold '
        'uppercase text-[#8b0000]"><a href="/tin-tuc" data-discover="true">Tin mới</a></h2>'
        + "".join(_card(s) for s in latest)
        + '<p class="mt-3 text-right"><a href="/tin-tuc" data-discover="true">Xem tất cả »</a></p>'
        "</section>"
    )
    tb = [s for s in NEWS if s.cat == "thong-bao"]
    tb_html = (
        '<section class="mt-6 rounded border p-3"><h2 class="font-bold uppercase text-[#8b0000]">'
        '<a href="/chuyen-muc/thong-bao" data-discover="true">Thông báo</a></h2><ul>'
        + "".join(
            f'<li class="py-1">» <a href="{url_of(s)}" data-discover="true">{t(s, s.title)}</a></li>'
            for s in tb
        )
        + "</ul></section>"
    )
    nc_html = (
        '<section class="mt-6"><h2 class="mb-2 border-b-2 border-[#8b0000] pb-1 text-lg font-bold '
        'uppercase text-[#8b0000]"><a href="/chuyen-muc/nghien-cuu-trao-doi" '
        'data-discover="true">Nghiên cứu - Trao đổi</a></h2><div class="grid gap-4 md:grid-cols-2">'
        + "".join(_card(s, wide=False) for s in ESSAYS[:2])
        + "</div></section>"
    )
    media = (
        '<section class="mt-6 grid gap-4 md:grid-cols-2"><div><h2 class="font-bold uppercase '
        'text-[#8b0000]"><a href="/thu-vien-anh" data-discover="true">Thư viện ảnh</a></h2>'
        f'<a href="/thu-vien-anh/{ALBUM_SLUG}" data-discover="true"><img alt="" class="mt-2 '
        f'rounded" src="{esc(thumb("2011-b"))}"/></a></div><div><h2 class="font-bold uppercase '
        'text-[#8b0000]"><a href="/video" data-discover="true">Video</a></h2>'
        f'<a href="/video/{VIDEO_SLUG}" data-discover="true"><img alt="" class="mt-2 rounded" '
        f'src="{esc(thumb("video-poster"))}"/></a></div></section>'
    )
    data = {
        "tieuDiem": card_json(hero),
        "tinMoi": [card_json(s) for s in latest],
        "thongBao": [card_json(s) for s in tb],
        "nghienCuu": [card_json(s) for s in ESSAYS[:2]],
    }
    return render(
        request,
        Page(
            title="Trường Chính trị tỉnh Tuyên Quang - Trang thông tin điện tử",
            main=_layout(hero_html + tin_moi + tb_html + nc_html + media),
            route_id="routes/_index",
            data=data,
            canonical="/",
            description="Trang thông tin điện tử Trường Chính trị tỉnh Tuyên Quang",
            prefetch=tuple(data_url(s) for s in NEWS[:5]),
        ),
    )


def data_url(s: Story) -> str:
    return f"{url_of(s)}?_data=routes%2Ftin-tuc.%24slug"


def _pager_links(path: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    items = []
    if page > 1:
        items.append(
            f'<a class="rounded border px-3 py-1" href="{path}?trang={page - 1}" data-discover="true">« Trước</a>'
        )
    for n in range(1, pages + 1):
        if n == page:
            items.append(
                f'<span aria-current="page" class="rounded bg-[#8b0000] px-3 py-1 text-white">{n}</span>'
            )
        else:
            items.append(
                f'<a class="rounded border px-3 py-1" href="{path}?trang={n}" data-discover="true">{n}</a>'
            )
    if page < pages:
        items.append(
            f'<a class="rounded border px-3 py-1" href="{path}?trang={page + 1}" data-discover="true">Sau »</a>'
        )
    return (
        '<nav class="phan-trang mt-6 flex flex-wrap gap-2 text-[14px]" aria-label="Phân trang">'
        + "".join(items)
        + "</nav>"
    )


def _pager_form(path: str, page: int, pages: int) -> str:
    """Remix <Form method="get">: the page number rides on the button (progressive enhancement)."""
    if pages <= 1:
        return ""
    buttons = []
    for n in range(1, pages + 1):
        if n == page:
            buttons.append(
                f'<button type="submit" name="trang" value="{n}" disabled="" aria-current="page" '
                f'class="rounded bg-[#8b0000] px-3 py-1 text-white">{n}</button>'
            )
        else:
            buttons.append(
                f'<button type="submit" name="trang" value="{n}" class="rounded border px-3 py-1">'
                f"{n}</button>"
            )
    if page < pages:
        buttons.append(
            f'<button type="submit" name="trang" value="{page + 1}" class="rounded border px-3 '
            'py-1">Trang sau ›</button>'
        )
    return (
        f'<form method="get" action="{path}" class="ptr-f mt-6 flex gap-2 text-[14px]" '
        'data-discover="true">' + "".join(buttons) + "</form>"
    )


def _page_no(request: Request) -> int | None:
    raw = request.params.get("trang", "1") or "1"
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def listing_page(request: Request, cat: str | None) -> Response | None:
    page = _page_no(request)
    if page is None:
        return None
    if cat is None:
        items, size, path, title = NEWS, NEWS_PAGE, "/tin-tuc", "Tin tức"
        crumbs = [("Tin tức", None)]
        route_id = "routes/tin-tuc._index"
    else:
        items = [s for s in ALL if s.cat == cat]
        size = ESSAY_PAGE if cat == ESSAY_CAT else CAT_PAGE
        path, title = f"/chuyen-muc/{cat}", CATS[cat]
        crumbs = [(title, None)] if cat == ESSAY_CAT else [("Tin tức", "/tin-tuc"), (title, None)]
        route_id = "routes/chuyen-muc.$slug"
    pages = max(1, -(-len(items) // size))
    chunk = items[(page - 1) * size : page * size]
    cards = "".join(_card(s) for s in chunk) or '<p class="py-8 text-center">Chưa có bài viết.</p>'
    pager = _pager_form(path, page, pages) if cat == ESSAY_CAT else _pager_links(path, page, pages)
    inner = (
        _crumbs(crumbs)
        + f'<h1 class="mt-3 border-b-2 border-[#8b0000] pb-1 text-2xl font-bold uppercase text-[#8b0000]">{esc(title)}</h1>'
        + f'<div class="ds-tin">{cards}</div>'
        + pager
    )
    data = {
        "chuyenMuc": {"tieuDe": title, "slug": cat or "tin-tuc"},
        "trang": page,
        "tongSoTrang": pages,
        "baiViet": [card_json(s) for s in chunk],
    }
    return render(
        request,
        Page(
            title=f"{title} - Trang {page} | TCT Tuyên Quang"
            if page > 1
            else f"{title} | TCT Tuyên Quang",
            main=_layout(inner),
            route_id=route_id,
            data=data,
            canonical=path if page == 1 else f"{path}?trang={page}",
        ),
    )


# --- pages that are not articles -----------------------------------------------------------

ALBUM_SLUG = "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026"
VIDEO_SLUG = "phong-su-truong-chinh-tri-tinh-tuyen-quang-60-nam-xay-dung-va-phat-trien"
DOC_SLUG = "quyet-dinh-so-1203-qd-tct-ban-hanh-quy-che-dao-tao-trung-cap-llct-hc"

INTRO = {
    "lich-su-hinh-thanh": (
        "Lịch sử hình thành và phát triển",
        [
            "Trường Chính trị tỉnh Tuyên Quang tiền thân là Trường Đảng tỉnh Tuyên Quang, được "
            "thành lập năm 1966, là cơ sở đào tạo, bồi dưỡng lý luận chính trị cho cán bộ, đảng "
            "viên của tỉnh.",
            "Trải qua 60 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục "
            "nghìn lượt cán bộ, đảng viên; được Đảng, Nhà nước tặng thưởng nhiều phần thưởng cao "
            "quý.",
            "Năm 2025, thực hiện chủ trương sắp xếp tổ chức bộ máy, Trường Chính trị tỉnh Tuyên "
            "Quang và Trường Chính trị tỉnh Hà Giang được hợp nhất thành Trường Chính trị tỉnh "
            "Tuyên Quang, có hai cơ sở đào tạo.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng Nguyễn Quang Vinh; các Phó Hiệu trưởng Trần Thị Minh "
            "Nguyệt, Hoàng Văn Sơn.",
            "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu "
            "khoa học.",
            "Các khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và Pháp "
            "luật; Khoa Dân vận.",
        ],
    ),
}


def simple_page(
    request: Request, crumbs, title: str, body: str, route_id: str, canonical: str, data: dict
) -> Response:
    inner = (
        _crumbs(crumbs)
        + f'<h1 class="mt-3 text-2xl font-bold text-[#8b0000]">{esc(title)}</h1>'
        + f'<div class="nd-tr mt-4 space-y-3 text-[16px] leading-7">{body}</div>'
    )
    return render(
        request,
        Page(
            title=f"{title} | TCT Tuyên Quang",
            main=_layout(inner),
            route_id=route_id,
            data=data,
            canonical=canonical,
        ),
    )


def intro_page(request: Request, slug: str) -> Response | None:
    if slug not in INTRO:
        return None
    title, paras = INTRO[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    return simple_page(
        request,
        [("Giới thiệu", None)],
        title,
        body,
        "routes/gioi-thieu.$slug",
        f"/gioi-thieu/{slug}",
        {"trang": {"tieuDe": title, "noiDung": paras}},
    )


def contact_page(request: Request) -> Response:
    sent = request.method == "POST"
    body = (
        (
            '<p class="rounded bg-green-50 p-3">Cảm ơn bạn đã gửi ý kiến. Chúng tôi sẽ phản hồi sớm.</p>'
            if sent
            else ""
        )
        + "<p><strong>Trường Chính trị tỉnh Tuyên Quang</strong></p>"
        "<p>Địa chỉ: Số 8 đường Lê Duẩn, phường Minh Xuân, tỉnh Tuyên Quang</p>"
        "<p>Điện thoại: 0207.3822.516 - Email: truongchinhtri@tuyenquang.gov.vn</p>"
        '<form method="post" action="/lien-he" class="mt-4 space-y-2"><input name="hoTen" '
        'placeholder="Họ và tên" class="w-full border p-2" required=""/><input name="email" '
        'type="email" placeholder="Email" class="w-full border p-2"/><textarea name="noiDung" '
        'rows="5" placeholder="Nội dung" class="w-full border p-2"></textarea><button '
        'type="submit" class="rounded bg-[#8b0000] px-4 py-2 text-white">Gửi liên hệ</button></form>'
        '<iframe title="Bản đồ" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3701.2" '
        'width="100%" height="300" loading="lazy"></iframe>'
    )
    return simple_page(
        request, [("Liên hệ", None)], "Liên hệ", body, "routes/lien-he", "/lien-he", {"ok": sent}
    )


def calendar_page(request: Request) -> Response:
    rows = [
        (
            "Thứ Hai, 30/11",
            "Sáng: Giao ban Ban Giám hiệu",
            "Chiều: Khai giảng lớp Bồi dưỡng LLCT cho đảng viên mới đợt 3",
        ),
        ("Thứ Ba, 01/12", "Sáng: Giảng lớp TC LLCT-HC khóa 85", "Chiều: Họp Hội đồng Khoa học"),
        ("Thứ Tư, 02/12", "Cả ngày: Hiệu trưởng dự Hội nghị Tỉnh ủy", ""),
        (
            "Thứ Năm, 03/12",
            "Sáng: Kiểm tra công tác quản lý học viên cơ sở 2",
            "Chiều: Làm việc tại Trường",
        ),
        ("Thứ Sáu, 04/12", "Sáng: Làm việc tại Trường", "Chiều: Bế giảng lớp TC LLCT-HC khóa 84"),
    ]
    table = (
        '<table class="w-full border-collapse text-[14px]"><thead><tr><th class="border p-2">Ngày'
        '</th><th class="border p-2">Sáng</th><th class="border p-2">Chiều</th></tr></thead><tbody>'
        + "".join(
            f'<tr><td class="border p-2">{a}</td><td class="border p-2">{b}</td><td class="border p-2">{c}</td></tr>'
            for a, b, c in rows
        )
        + "</tbody></table>"
    )
    body = (
        '<p class="text-[14px]">Tuần 49 (từ ngày 30/11/2026 đến ngày 06/12/2026)</p>'
        '<div class="flex gap-2"><button type="button">‹ Tuần trước</button><button type="button">Tuần sau ›</button></div>'
        + table
    )
    return simple_page(
        request,
        [("Lịch công tác", None)],
        "Lịch công tác tuần",
        body,
        "routes/lich-cong-tac",
        "/lich-cong-tac",
        {"tuan": 49},
    )


def documents_page(request: Request) -> Response:
    body = (
        '<table class="w-full border-collapse text-[14px]"><thead><tr><th class="border p-2">Số '
        'ký hiệu</th><th class="border p-2">Ngày ban hành</th><th class="border p-2">Trích yếu</th>'
        '</tr></thead><tbody><tr><td class="border p-2">1203-QĐ/TCT</td><td class="border p-2">'
        f'18/11/2026</td><td class="border p-2"><a href="/van-ban/{DOC_SLUG}" data-discover="true">'
        "Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị - hành chính</a></td></tr>"
        "</tbody></table>"
    )
    return simple_page(
        request,
        [("Văn bản", None)],
        "Văn bản",
        body,
        "routes/van-ban._index",
        "/van-ban",
        {"vanBan": [DOC_SLUG]},
    )


def document_page(request: Request) -> Response:
    pdf = file_url("1203-QD-TCT.pdf")
    body = (
        '<table class="w-full border-collapse text-[15px]"><tbody>'
        '<tr><th class="w-1/3 border p-2 text-left">Số ký hiệu</th><td class="border p-2">1203-QĐ/TCT</td></tr>'
        '<tr><th class="border p-2 text-left">Ngày ban hành</th><td class="border p-2">18/11/2026</td></tr>'
        '<tr><th class="border p-2 text-left">Loại văn bản</th><td class="border p-2">Quyết định</td></tr>'
        '<tr><th class="border p-2 text-left">Cơ quan ban hành</th><td class="border p-2">Trường Chính trị tỉnh Tuyên Quang</td></tr>'
        '<tr><th class="border p-2 text-left">Người ký</th><td class="border p-2">Nguyễn Quang Vinh</td></tr>'
        '<tr><th class="border p-2 text-left">Trích yếu</th><td class="border p-2">Về việc ban hành Quy chế '
        "đào tạo trung cấp lý luận chính trị - hành chính của Trường Chính trị tỉnh Tuyên Quang</td></tr>"
        f'<tr><th class="border p-2 text-left">Tệp đính kèm</th><td class="border p-2"><a href="{esc(pdf)}">'
        "1203-QD-TCT.pdf</a></td></tr></tbody></table>"
    )
    return simple_page(
        request,
        [("Văn bản", "/van-ban"), ("1203-QĐ/TCT", None)],
        "Quyết định số 1203-QĐ/TCT ban hành Quy chế đào tạo trung cấp lý luận chính trị - hành chính",
        body,
        "routes/van-ban.$slug",
        f"/van-ban/{DOC_SLUG}",
        {"soKyHieu": "1203-QĐ/TCT"},
    )


def albums_page(request: Request) -> Response:
    body = (
        f'<article class="the-nho"><a href="/thu-vien-anh/{ALBUM_SLUG}" data-discover="true"><img '
        f'alt="" src="{esc(thumb("2011-b"))}"/></a><h3><a href="/thu-vien-anh/{ALBUM_SLUG}" '
        'data-discover="true">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026</a></h3></article>'
    )
    return simple_page(
        request,
        [("Thư viện ảnh", None)],
        "Thư viện ảnh",
        body,
        "routes/thu-vien-anh._index",
        "/thu-vien-anh",
        {"album": [ALBUM_SLUG]},
    )


def album_page(request: Request) -> Response:
    keys = ["2011-a", "2011-b", "2011-c", "2011-d", "2011-e", "2011-f"]
    grid = "".join(
        f'<a href="{esc(sanity_img(k) + "?w=1600&auto=format")}" data-fancybox="album"><img alt="" '
        f'loading="lazy" src="{esc(sanity_img(k) + "?w=400&h=300&fit=crop&auto=format")}"/></a>'
        for k in keys
    )
    body = (
        '<p class="text-[13px] text-slate-500">20/11/2026 - 6 ảnh</p>'
        f'<div class="grid grid-cols-3 gap-2">{grid}</div>'
    )
    return simple_page(
        request,
        [("Thư viện ảnh", "/thu-vien-anh"), ("Album", None)],
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        body,
        "routes/thu-vien-anh.$slug",
        f"/thu-vien-anh/{ALBUM_SLUG}",
        {"anh": keys},
    )


def videos_page(request: Request) -> Response:
    body = (
        f'<article class="the-nho"><a href="/video/{VIDEO_SLUG}" data-discover="true"><img alt="" '
        f'src="{esc(thumb("video-poster"))}"/></a><h3><a href="/video/{VIDEO_SLUG}" '
        'data-discover="true">Phóng sự: Trường Chính trị tỉnh Tuyên Quang - 60 năm xây dựng và phát '
        "triển</a></h3></article>"
    )
    return simple_page(
        request,
        [("Video", None)],
        "Video",
        body,
        "routes/video._index",
        "/video",
        {"video": [VIDEO_SLUG]},
    )


def video_page(request: Request) -> Response:
    body = (
        '<div class="aspect-video"><iframe title="YouTube" class="h-full w-full" '
        'src="https://www.youtube.com/embed/Vx3q9KpL2mE" allowfullscreen=""></iframe></div>'
        '<p class="text-[13px] text-slate-500">Đăng ngày 02/11/2026</p>'
        "<p>Phóng sự giới thiệu chặng đường 60 năm xây dựng và phát triển của Trường Chính trị "
        "tỉnh Tuyên Quang (1966 - 2026).</p>"
    )
    return simple_page(
        request,
        [("Video", "/video"), ("Phóng sự", None)],
        "Phóng sự: Trường Chính trị tỉnh Tuyên Quang - 60 năm xây dựng và phát triển",
        body,
        "routes/video.$slug",
        f"/video/{VIDEO_SLUG}",
        {"youtube": "Vx3q9KpL2mE"},
    )


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if q:
        low = q.lower()
        hits = [s for s in ALL if low in unicodedata.normalize("NFC", s.title).lower()]
        body = f"<p>Kết quả tìm kiếm cho “{esc(q)}”: {len(hits)} bài viết</p>" + "".join(
            _card(s) for s in hits
        )
    else:
        body = "<p>Nhập từ khóa để tìm kiếm.</p>"
    body = (
        '<form method="get" action="/tim-kiem"><input type="search" name="q" value="'
        f'{esc(q)}" class="border p-1"/><button type="submit">Tìm</button></form>' + body
    )
    return simple_page(
        request, [("Tìm kiếm", None)], "Tìm kiếm", body, "routes/tim-kiem", "/tim-kiem", {"q": q}
    )


def not_found(request: Request) -> Response:
    inner = (
        '<div class="py-16 text-center"><p class="text-6xl font-bold text-[#8b0000]">404</p>'
        '<h1 class="mt-2 text-xl">Không tìm thấy trang</h1><p class="mt-2">Trang bạn tìm không tồn '
        'tại hoặc đã bị gỡ bỏ.</p><p class="mt-4"><a href="/" data-discover="true">« Về trang chủ'
        "</a></p></div>"
    )
    page = Page(
        title="404 - Không tìm thấy trang",
        main=_layout(inner),
        route_id="routes/$",
        data={},
        canonical=request.path,
        status=404,
    )
    return render(request, page)


# --- the site ------------------------------------------------------------------------------


def _json(data: object, status: int = 200) -> Response:
    return Response(
        status,
        json.dumps(data, ensure_ascii=False),
        {
            "Content-Type": "application/json; charset=utf-8",
            "X-Remix-Response": "yes",
            "Cache-Control": "private, max-age=0",
        },
    )


class RemixSanitySite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/assets/", "/cdn-img/")) or path == "/favicon.ico":
            return static_file(path)
        if path.startswith("/cdn-files/"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path == "/api/binh-chon":
            return redirect("/", 303) if request.method == "POST" else None
        if len(path) > 1 and path.endswith("/"):
            path = path[:-1]
        route = self.route(path)
        if route is None:
            return not_found(request)
        route_id, handler, loader = route
        wanted = request.params.get("_data")
        if wanted is not None:
            if wanted == "root":
                return _json(root_data())
            if wanted != route_id:
                return _json({"message": f'Route "{wanted}" does not match URL "{path}"'}, 403)
            data = loader()
            return _json(data) if data is not None else _json({"message": "Không tìm thấy"}, 404)
        if request.method == "POST" and route_id != "routes/lien-he":
            return Response(405, "Method Not Allowed", {"Content-Type": "text/plain"})
        return handler(request)

    def route(self, path: str):
        parts = path.strip("/").split("/") if path != "/" else []
        if not parts:
            return (
                "routes/_index",
                home_page,
                lambda: {"tinMoi": [card_json(s) for s in NEWS[:5]]},
            )
        head, rest = parts[0], parts[1:]
        if head == "tin-tuc" and not rest:
            return (
                "routes/tin-tuc._index",
                lambda r: listing_page(r, None),
                lambda: {"baiViet": [card_json(s) for s in NEWS]},
            )
        if head in ("tin-tuc", "nghien-cuu") and len(rest) == 1:
            s = BY_SLUG.get(rest[0])
            if s is None or (head == "nghien-cuu" and not is_essay(s)):
                return None
            rid = f"routes/{head}.$slug"
            return (rid, lambda r: article_page(r, s, rid), lambda: {"baiViet": doc_json(s)})
        if head == "chuyen-muc" and len(rest) == 1 and rest[0] in CATS:
            cat = rest[0]
            return (
                "routes/chuyen-muc.$slug",
                lambda r: listing_page(r, cat),
                lambda: {"baiViet": [card_json(s) for s in ALL if s.cat == cat]},
            )
        if head == "gioi-thieu" and len(rest) == 1 and rest[0] in INTRO:
            return (
                "routes/gioi-thieu.$slug",
                lambda r: intro_page(r, rest[0]),
                lambda: {"trang": INTRO[rest[0]][0]},
            )
        simple = {
            ("lien-he",): ("routes/lien-he", contact_page),
            ("lich-cong-tac",): ("routes/lich-cong-tac", calendar_page),
            ("van-ban",): ("routes/van-ban._index", documents_page),
            ("van-ban", DOC_SLUG): ("routes/van-ban.$slug", document_page),
            ("thu-vien-anh",): ("routes/thu-vien-anh._index", albums_page),
            ("thu-vien-anh", ALBUM_SLUG): ("routes/thu-vien-anh.$slug", album_page),
            ("video",): ("routes/video._index", videos_page),
            ("video", VIDEO_SLUG): ("routes/video.$slug", video_page),
            ("tim-kiem",): ("routes/tim-kiem", search_page),
        }
        hit = simple.get(tuple(parts))
        if hit:
            return (hit[0], hit[1], lambda: {"ok": True})
        return None


def build_site() -> RemixSanitySite:
    return RemixSanitySite()


# --- gold ---------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    canonical = url_of(s)
    alts: list[str] = []
    if s in MOST_READ:
        alts.append(canonical + "/")
    if is_essay(s):
        alts.append(f"/tin-tuc/{s.slug}")
    if s in NEWS[:5]:
        alts.append(data_url(s))
    return gold_record(s, canonical, CATS[s.cat], canonical_path=canonical, alt_paths=alts)


GOLD = [_gold(s) for s in ALL]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-hinh-thanh",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    "/lich-cong-tac",
    f"/van-ban/{DOC_SLUG}",
    f"/thu-vien-anh/{ALBUM_SLUG}",
    f"/video/{VIDEO_SLUG}",
]
