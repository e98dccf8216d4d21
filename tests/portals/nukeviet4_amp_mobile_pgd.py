"""NukeViet 4.4 news module, vendor desktop theme + ``mobile_default`` + AMP copies: PGD Hòa Vang.

Institution: Phòng Giáo dục và Đào tạo huyện Hòa Vang, thành phố Đà Nẵng (a district education
office). The desktop theme ("pgd_hv") is a local vendor's, with Vietnamese-abbreviation class
names (``hv-tieude``, ``hv-tomtat``, ``hv-noidung`` …); the mobile theme is NukeViet's own
``mobile_default`` (``<em class="time">``, ``<div id="hometext">`` with ``<div class="h2">``,
``<div class="bodytext">``); the AMP copy is a small ``<html ⚡>`` page with ``<amp-img>``.

URL scheme (NukeViet rewrite on, module ``news`` under its own name)
- ``/`` home (news "main" view: slider + one block per category), ``/news/`` the same view;
- ``/news/<cat-alias>/`` category listing, ``/news/<cat-alias>/page-<n>`` its page n >= 2
  (4 articles a page; NukeViet's ``generate_page`` on desktop, "Trước / Sau" on mobile);
- ``/news/<cat-alias>/<alias>-<id>.html`` an article; ``/amp/news/<cat-alias>/<alias>-<id>.html``
  its AMP copy (announced by ``<link rel="amphtml">`` only);
- ``?nvvithemever=m`` / ``?nvvithemever=d`` theme switch (cookie ``nv4c_Hv7q2_nvvithemever``);
- ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>`` the un-rewritten form (301);
- ``/news/rss/`` RSS 2.0; ``/news/tag/<alias>`` keyword pages;
- other modules: ``/about/<alias>.html``, ``/contact/``, ``/laws/`` + ``/laws/detail/<alias>.html``,
  ``/photos/`` + ``/photos/<album>.html``, ``/seek/`` (search form target).

Page templates: desktop (vendor chrome: date bar, banner, drop-down menu, "Tin mới" marquee,
breadcrumbs, right column with "Đọc nhiều", "Văn bản mới", "Thư viện ảnh", links select, poll,
counter; footer with address) and mobile (``mobile_default``: logo, toggled menu, breadcrumb, no
side column, short footer). Both print the same article values.

How the gold articles are reached (4 a page, newest first; categories):
- Tin tức - Sự kiện (``tin-tuc-su-kien``): page 1 = 1214, 1207 (secondary), 1203, 1192;
  page 2 = 1185, 1176, 1172 — these three are linked from ``/news/tin-tuc-su-kien/page-2`` only.
- Hoạt động chuyên môn (``hoat-dong-chuyen-mon``): page 1 = 1209, 1207, 1199, 1188;
  page 2 = 1181 — linked from ``/news/hoat-dong-chuyen-mon/page-2`` only.
- Thông báo (``thong-bao``): 1212, 1196.
The home blocks show 3 a category, the marquee 4 (redirecting) links, "Đọc nhiều" 4, the RSS the
8 newest; the article pages list only *newer* articles ("Những tin mới hơn", "Các tin khác" = the
newest of the category), so page 2 stays the only door to 1185, 1176, 1172, 1181.

Traps
1. Sticky theme cookie. "Phiên bản di động" (``/?nvvithemever=m``, header and footer) answers
   200 with the mobile home and sets ``nv4c_Hv7q2_nvvithemever=m``; from then on *every* page
   (same URLs) is rendered by ``mobile_default``: other markup for date, sapo, text, pagination
   (only "Trước / Sau"), no right column. A mobile User-Agent gets the mobile theme too. An
   article or listing URL with ``?nvvithemever=…`` sets the cookie and 301s to the clean URL
   (NukeViet's detail/viewcat URL check). Gold: the same records whichever theme was served; the
   switch URLs are not articles and are in no ``alt_paths`` (they redirect).
2. AMP copies. Each article's ``<link rel="amphtml">`` points to ``/amp/news/<cat>/<alias>-<id>.html``:
   ``<amp-img>`` instead of ``<img>``, a JSON-LD ``datePublished`` in UTC ("…T08:20:00Z"), no
   chrome, the author field in JSON-LD only. Gold: the AMP path is in ``alt_paths``; ``path`` and
   ``canonical_path`` are the desktop URL (the AMP page's ``rel=canonical``).
3. One article in two categories (NukeViet ``listcatid``). 1207 is filed under "Hoạt động chuyên
   môn" and also listed under "Tin tức - Sự kiện", whose listing links
   ``/news/tin-tuc-su-kien/<alias>-1207.html``: that URL answers 200 with the *secondary*
   breadcrumb and a canonical to the primary URL. Gold: path = primary URL, the secondary URL in
   ``alt_paths``, category "Hoạt động chuyên môn".
4. SEO title (NukeViet ``titlesite``). For 1214, 1207 and 1203 the ``<title>``/``og:title`` print
   a different, shorter SEO title ("Kết quả Hội thi GVDG …"); the AMP ``<title>`` too. Gold title
   = the printed headline (``<h1>``).
5. Lazy-loaded images in the vendor desktop theme: the text's images are
   ``<img class="lazy" src="/themes/pgd_hv/images/blank.gif" data-original="/uploads/news/…">``
   (mobile and AMP print the real file). Gold: the ``data-original`` file; the blank gif is no
   image of the article.
6. The "ảnh đại diện" (homeimg) between the headline and the text. When the editor chose to show
   it (imgposition), it is printed above the text (desktop ``hv-anhbia``, mobile ``#hometext
   .imghome``) with the ``homeimgalt`` note as its line: it is the article's first photo, caption =
   that note; with an empty note nothing is printed under it (1209: caption None). When the editor
   hid it (1199, 1181) the file appears only as the listing thumbnail (``/assets/news/…``, a
   thumbnail path): not an image of the article. Listing thumbnails are never article images.
7. Widgets between the date and the text and after the text: a "Nghe đọc bài viết" text-to-speech
   player with voice choices, "Lượt xem", "Người đăng: pgd_hoavang" (a CMS account: nobody), font
   size and share tools; after the text "Tổng số điểm của bài viết là: 14 trong 3 đánh giá", the
   star form, "Từ khóa", "Ý kiến bạn đọc" comments written in full sentences, "Những tin mới hơn"
   and "Các tin khác". Gold: none of it is body; the sapo (``hometext``, bold on desktop,
   ``div.h2`` on mobile) is the summary and the body's first paragraph.
8. NukeViet's author and source fields printed under the text ("Tác giả: ThS. Nguyễn Thị Thu
   Sương - Chuyên viên Phòng GD&ĐT", "Tác giả: Nguyễn Thị Mỹ Linh (Trường MN Hòa Phong)", "Nguồn
   tin: <a>Báo Đà Nẵng</a>") next to bylines typed by the editor into the text ("Tin, ảnh: …",
   "Tin: X - Ảnh: Y", a name over a post on two lines, a unit alone). Gold: names only (degree,
   post and unit dropped), "Tin, ảnh" in both lists, the source field's name as ``source``.
9. Un-rewritten links. The "Tin mới" marquee prints ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>``
   links that 301 to the rewritten URL. Gold: not paths of their own.
10. An attachment on the article's own path: the notice 1212 lists "Tài liệu đính kèm" whose link
    is ``<article>.html?download=1&id=0`` and answers a PDF (Content-Disposition). Gold: no article.
11. Dates as NukeViet prints them: "Thứ năm - 03/12/2026 15:20" (weekday in lower case, a dash),
    listings "03/12/2026 15:20", the RSS ``pubDate`` is the *addtime* (when the draft was saved,
    hours or a day earlier) and the AMP JSON-LD is UTC. Gold: the detail page's publtime with
    +07:00; for the official notice 1212 its letterhead day (README rule).
12. Editors' text: 1172 was typed in "Unicode tổ hợp" (NFD: combining tone marks) — gold NFC;
    1196 is one ``<div>`` of lines split by ``<br />`` with typed "👉 " bullets — each line a
    paragraph, emoji kept; 1212 is a Word-pasted official notice with a schedule table whose
    cells hold ``<p>`` — one paragraph per row, cells joined by " | ".

Gold decisions on ambiguous points
- category = the primary category (the one the canonical URL and the breadcrumb of the canonical
  page name), even for the secondary URL of 1207.
- The homeimg shown above the text is the first image even though it is printed before the sapo.
- 1212's letterhead, kind line "THÔNG BÁO", subject line "Về việc …", "Nơi nhận" and the
  signer's block are not body; its signer (after "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG") is the
  author; it has no hometext (summary null) and its date is the letterhead's "2026-12-01",
  not the page's publtime (02/12/2026 09:10).
- 1176's byline "Đoàn Thị Bích Ngọc<br>TPT Đội Trường THCS Nguyễn Phú Hường": the name is the
  author, the second line her post.
- 1196 is signed by a unit alone ("Bộ phận Văn phòng"): that unit is the author as printed.
- 1188 "Tin: Trương Công Định - Ảnh: Lê Thị Na": authors [Trương Công Định], photographers [Lê Thị Na].
- A caption line "(…)" in parentheses loses them; "Ảnh: Võ Thành Trung" alone is no caption and
  makes Võ Thành Trung a photographer (1203).
"""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file
from tests.portals._common import text as _text

NAME = "nukeviet4_amp_mobile_pgd"
PLATFORM = "NukeViet 4.4 news module (vendor desktop theme, mobile_default theme, AMP copies)"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Hòa Vang"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
THEME_COOKIE = "nv4c_Hv7q2_nvvithemever"
PER_PAGE = 4
DESK_THEME = "pgd_hv"
BLANK = f"/themes/{DESK_THEME}/images/blank.gif"

CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}

TAGS: dict[str, str] = {
    "hoi-khoe-phu-dong": "hội khỏe phù đổng",
    "giao-vien-day-gioi": "giáo viên dạy giỏi",
    "chuyen-doi-so": "chuyển đổi số",
}

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _u(month: str, name: str) -> str:
    return f"/uploads/news/2026_{month}/{name}.jpg"


# --- the articles --------------------------------------------------------------------------

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" class="MsoNormalTable" style="width:100%">'
    "<tbody><tr>"
    '<td style="width:42%;vertical-align:top"><p align="center" style="text-align:center;margin:0">'
    '<span style="font-size:13.0pt">UBND HUYỆN HÒA VANG</span><br />'
    '<b><span style="font-size:13.0pt">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</span></b></p>'
    '<p align="center" style="text-align:center;margin:0"><span style="font-size:13.0pt">Số: 512/TB-PGDĐT</span></p></td>'
    '<td style="vertical-align:top"><p align="center" style="text-align:center;margin:0">'
    '<b><span style="font-size:12.0pt">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span></b><br />'
    '<b><u><span style="font-size:13.0pt">Độc lập - Tự do - Hạnh phúc</span></u></b></p>'
    '<p align="right" style="text-align:right;margin:0"><i><span style="font-size:13.0pt">Hòa Vang, ngày 01 tháng 12 năm 2026</span></i></p></td>'
    "</tr></tbody></table>\n"
    '<p align="center" style="text-align:center"><b><span style="font-size:14.0pt">THÔNG BÁO</span></b></p>\n'
    '<p align="center" style="text-align:center"><b><span style="font-size:13.0pt">Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026-2027 cấp THCS</span></b></p>'
)

_NOI_NHAN = (
    '<table border="0" cellpadding="0" cellspacing="0" class="MsoNormalTable" style="width:100%">'
    "<tbody><tr>"
    '<td style="width:50%;vertical-align:top"><p style="margin:0"><b><i>Nơi nhận:</i></b><br />'
    '<span style="font-size:11.0pt">- Các trường THCS trên địa bàn huyện;<br />- Lãnh đạo Phòng;<br />- Lưu: VT, THCS.</span></p></td>'
    '<td style="vertical-align:top"><p align="center" style="text-align:center;margin:0"><b>KT. TRƯỞNG PHÒNG<br />PHÓ TRƯỞNG PHÒNG</b></p>'
    '<p align="center" style="text-align:center;margin:0"><i>(đã ký)</i></p>'
    '<p align="center" style="text-align:center;margin:0"><b>Phan Thị Hoài Thu</b></p></td>'
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        id=1214,
        slug="tong-ket-hoi-khoe-phu-dong-cap-huyen-lan-thu-xii-nam-2026",
        title="Tổng kết Hội khỏe Phù Đổng cấp huyện lần thứ XII năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T15:20:00+07:00",
        summary=(
            "Chiều ngày 02/12/2026, tại Trung tâm Văn hóa - Thể thao huyện, Phòng Giáo dục và Đào tạo "
            "phối hợp với Phòng Văn hóa và Thông tin tổ chức lễ tổng kết và trao giải Hội khỏe Phù Đổng "
            "cấp huyện lần thứ XII năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _u("12", "hkpd-tongket-01"),
                "Lãnh đạo UBND huyện trao cờ cho các đơn vị đạt giải nhất toàn đoàn",
                "Lãnh đạo UBND huyện trao cờ cho các đơn vị đạt giải nhất toàn đoàn",
                style="home",
            ),
            P(
                "Tham dự buổi lễ có ông Trần Văn Phước, Phó Chủ tịch UBND huyện; bà Lê Thị Kim Oanh, "
                "Trưởng phòng Giáo dục và Đào tạo; đại diện lãnh đạo các phòng, ban liên quan cùng cán bộ "
                "quản lý, giáo viên và hơn 300 vận động viên là học sinh các trường tiểu học, trung học "
                "cơ sở trên địa bàn huyện."
            ),
            P(
                "Hội khỏe Phù Đổng năm nay diễn ra từ ngày 15/11 đến ngày 30/11/2026 với 9 môn thi đấu "
                "gồm: điền kinh, bơi lội, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua, đá cầu và võ cổ "
                "truyền. Có 1.246 vận động viên của 38 trường tham gia, tăng gần 200 em so với kỳ trước."
            ),
            P("Nhiều thành tích nổi bật", "h"),
            P(
                "Qua các ngày thi đấu sôi nổi, Ban tổ chức đã trao 156 huy chương vàng, 158 huy chương bạc "
                "và 210 huy chương đồng cho các vận động viên. Trường THCS Nguyễn Bá Phát xếp nhất toàn "
                "đoàn khối trung học cơ sở; Trường Tiểu học số 1 Hòa Tiến xếp nhất toàn đoàn khối tiểu học."
            ),
            Img(
                _u("12", "hkpd-tongket-02"),
                "Phần thi chung kết môn đá cầu nữ khối THCS",
                "Phần thi chung kết môn đá cầu nữ khối THCS",
                style="fig",
            ),
            P(
                "Phát biểu tại buổi lễ, ông Trần Văn Phước ghi nhận sự chuẩn bị chu đáo của ngành giáo dục "
                "và đề nghị các trường tiếp tục duy trì phong trào tập luyện thể dục thể thao thường xuyên, "
                "gắn với giáo dục thể chất chính khóa, làm tốt công tác phát hiện và bồi dưỡng năng khiếu."
            ),
            P(
                "Dịp này, Phòng Giáo dục và Đào tạo đã chọn 64 vận động viên xuất sắc để thành lập đội "
                "tuyển tham dự Hội khỏe Phù Đổng cấp thành phố dự kiến tổ chức vào tháng 3/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hồ Ngọc Bảo Trâm</strong></p>'),
        ],
        authors=["Hồ Ngọc Bảo Trâm"],
        photographers=["Hồ Ngọc Bảo Trâm"],
        opts={
            "pub": "2026-12-03 15:20",
            "seo": "Hòa Vang: trao giải HKPĐ cấp huyện lần XII",
            "tags": ["hoi-khoe-phu-dong"],
            "rating": (14, 3),
            "comments": [
                (
                    "Phụ huynh Hòa Tiến",
                    "03/12/2026 20:41",
                    "Chúc mừng các em học sinh Trường Tiểu học số 1 Hòa Tiến. Mong nhà trường tiếp tục "
                    "quan tâm đến phong trào thể thao cho các cháu.",
                )
            ],
        },
    ),
    Story(
        id=1212,
        slug="thong-bao-to-chuc-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-cap-thcs",
        title="Thông báo tổ chức kiểm tra cuối học kỳ I năm học 2026-2027 cấp THCS",
        cat="thong-bao",
        published_at="2026-12-01",
        blocks=[
            Raw(_LETTERHEAD),
            P(
                "Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 05/9/2026 của Phòng Giáo dục và Đào tạo về thực hiện "
                "nhiệm vụ năm học 2026-2027 cấp trung học cơ sở;"
            ),
            P(
                "Phòng Giáo dục và Đào tạo thông báo lịch kiểm tra cuối học kỳ I các môn học dùng đề chung "
                "toàn huyện như sau:"
            ),
            P("1. Lịch kiểm tra", "h"),
            P("Ngày | Buổi | Môn kiểm tra | Khối lớp | Thời gian làm bài", "rowp"),
            P("21/12/2026 | Sáng | Ngữ văn | 6, 7, 8, 9 | 90 phút", "rowp"),
            P("22/12/2026 | Sáng | Toán | 6, 7, 8, 9 | 90 phút", "rowp"),
            P("23/12/2026 | Sáng | Tiếng Anh | 6, 7, 8, 9 | 60 phút", "rowp"),
            P("2. Tổ chức thực hiện", "h"),
            P(
                "Hiệu trưởng các trường chịu trách nhiệm tổ chức coi, chấm kiểm tra nghiêm túc, đúng quy "
                "chế; bảo đảm an toàn, bảo mật đề kiểm tra.",
                "li",
            ),
            P(
                "Đề kiểm tra được gửi qua hộp thư điện tử công vụ của nhà trường lúc 6 giờ 30 phút sáng "
                "ngày kiểm tra.",
                "li",
            ),
            P(
                "Kết quả kiểm tra nhập lên hệ thống quản lý trường học trước ngày 31/12/2026.",
                "li",
            ),
            P(
                "Nhận được Thông báo này, đề nghị Hiệu trưởng các trường THCS triển khai thực hiện nghiêm "
                "túc./."
            ),
            Raw(_NOI_NHAN),
        ],
        authors=["Phan Thị Hoài Thu"],
        opts={
            "pub": "2026-12-02 09:10",
            "files": [("Thông báo số 512/TB-PGDĐT", "512-tb-pgddt.pdf")],
            "rating": (0, 0),
        },
    ),
    Story(
        id=1209,
        slug="chuyen-de-day-hoc-doc-hieu-van-ban-theo-the-loai-mon-ngu-van-cap-thcs",
        title="Chuyên đề “Dạy học đọc hiểu văn bản theo thể loại” môn Ngữ văn cấp THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-28T10:05:00+07:00",
        summary=(
            "Sáng 27/11/2026, tại Trường THCS Ông Ích Đường, Phòng Giáo dục và Đào tạo tổ chức chuyên đề "
            "“Dạy học đọc hiểu văn bản theo thể loại” môn Ngữ văn dành cho giáo viên cốt cán các trường "
            "trung học cơ sở trên địa bàn huyện."
        ),
        sapo_outside=True,
        blocks=[
            Img(_u("11", "chuyende-nguvan-01"), None, None, style="home"),
            P(
                "Chuyên đề nằm trong chuỗi hoạt động sinh hoạt chuyên môn liên trường nhằm hỗ trợ giáo viên "
                "thực hiện Chương trình giáo dục phổ thông 2018, đặc biệt là việc tổ chức cho học sinh đọc "
                "hiểu văn bản dựa trên đặc trưng thể loại."
            ),
            P(
                "Tiết dạy minh họa bài “Lặng lẽ Sa Pa” (Ngữ văn 9) do cô giáo Đặng Thị Ngọc Hân, giáo viên "
                "Trường THCS Ông Ích Đường, thực hiện. Tiết học được thiết kế theo hướng tăng cường hoạt "
                "động nhóm, sử dụng phiếu học tập và sơ đồ tư duy giúp học sinh tự khám phá nhân vật, tình "
                "huống truyện."
            ),
            Img(
                _u("11", "chuyende-nguvan-02"),
                "(Cô giáo Đặng Thị Ngọc Hân hướng dẫn học sinh thảo luận nhóm)",
                "Cô giáo Đặng Thị Ngọc Hân hướng dẫn học sinh thảo luận nhóm",
                style="em",
            ),
            P(
                "Sau tiết dạy, các giáo viên tham dự đã trao đổi, phân tích hiệu quả của từng hoạt động, "
                "chỉ ra những điểm cần điều chỉnh về thời lượng và cách đặt câu hỏi gợi mở."
            ),
            P(
                "Bà Nguyễn Thị Thu Sương, chuyên viên phụ trách môn Ngữ văn, đề nghị các tổ chuyên môn tiếp "
                "tục xây dựng kho câu hỏi đọc hiểu theo thể loại, chia sẻ trên hệ thống học liệu số của "
                "ngành để giáo viên cùng khai thác."
            ),
        ],
        authors=["Nguyễn Thị Thu Sương"],
        opts={
            "pub": "2026-11-28 10:05",
            "author_field": "ThS. Nguyễn Thị Thu Sương - Chuyên viên Phòng GD&ĐT",
            "rating": (9, 2),
        },
    ),
    Story(
        id=1207,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027-thanh-cong-tot-dep",
        title="Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027 thành công tốt đẹp",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-25T16:40:00+07:00",
        summary=(
            "Sau hơn hai tuần diễn ra, Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học "
            "2026-2027 đã khép lại với 47 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp huyện."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _u("11", "gvdg-tieuhoc-01"),
                "Các giáo viên đạt giải nhất Hội thi nhận giấy khen",
                "Các giáo viên đạt giải nhất Hội thi nhận giấy khen",
                style="home",
            ),
            P(
                "Hội thi có 62 giáo viên đến từ 21 trường tiểu học tham gia. Mỗi giáo viên trình bày biện "
                "pháp nâng cao chất lượng giảng dạy và thực hành hai tiết dạy ở hai môn học khác nhau, "
                "trong đó có ít nhất một tiết dạy môn Tiếng Việt hoặc Toán."
            ),
            P(
                "Ban giám khảo đánh giá nhiều tiết dạy được đầu tư công phu, vận dụng linh hoạt các phương "
                "pháp, kỹ thuật dạy học tích cực; một số giáo viên ứng dụng hiệu quả phần mềm trình chiếu "
                "tương tác và học liệu số."
            ),
            Img(
                _u("11", "gvdg-tieuhoc-02"),
                "Một tiết dạy thực hành môn Tự nhiên và Xã hội lớp 3",
                "Một tiết dạy thực hành môn Tự nhiên và Xã hội lớp 3",
                style="tbl",
            ),
            P(
                "Kết quả, 47 giáo viên được công nhận giáo viên dạy giỏi cấp huyện; trong đó Trường Tiểu "
                "học Hòa Nhơn và Trường Tiểu học số 2 Hòa Khương có số giáo viên đạt danh hiệu nhiều nhất."
            ),
            P(
                "Phát biểu bế mạc, bà Lê Thị Kim Oanh, Trưởng phòng Giáo dục và Đào tạo, nhấn mạnh: “Hội "
                "thi không chỉ để đánh giá mà còn là dịp để giáo viên học hỏi lẫn nhau, lan tỏa những cách "
                "làm hay trong từng tiết học hằng ngày”."
            ),
        ],
        authors=["Tổ Tiểu học"],
        opts={
            "pub": "2026-11-25 16:40",
            "seo": "Kết quả Hội thi GVDG cấp huyện bậc Tiểu học 2026-2027",
            "extra_cats": ["tin-tuc-su-kien"],
            "author_field": "Tổ Tiểu học",
            "tags": ["giao-vien-day-gioi"],
            "rating": (15, 3),
        },
    ),
    Story(
        id=1203,
        slug="nganh-giao-duc-huyen-hoa-vang-long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Ngành Giáo dục huyện Hòa Vang long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T08:30:00+07:00",
        summary=(
            "Sáng 19/11/2026, Phòng Giáo dục và Đào tạo huyện Hòa Vang tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(_u("11", "20-11-quangcanh"), "Quang cảnh buổi lễ kỷ niệm", "Quang cảnh buổi lễ kỷ niệm", style="home"),
            P(
                "Đến dự buổi lễ có đồng chí Nguyễn Hữu Tài, Phó Bí thư Thường trực Huyện ủy; lãnh đạo "
                "Thường trực HĐND, UBND huyện, Ủy ban MTTQ Việt Nam huyện cùng các thế hệ nhà giáo đã nghỉ hưu."
            ),
            P(
                "Báo cáo tại buổi lễ cho biết, năm học 2025-2026, toàn ngành có 98,6% học sinh lớp 5 hoàn "
                "thành chương trình tiểu học, 99,2% học sinh lớp 9 được công nhận tốt nghiệp THCS; 3 trường "
                "được công nhận đạt chuẩn quốc gia, nâng tổng số trường đạt chuẩn lên 52/61 trường."
            ),
            P(
                "Thay mặt lãnh đạo huyện, đồng chí Nguyễn Hữu Tài gửi lời chúc mừng đến đội ngũ cán bộ, "
                "giáo viên, nhân viên toàn ngành và đề nghị ngành tiếp tục đổi mới công tác quản lý, chăm lo "
                "xây dựng đội ngũ, đẩy mạnh chuyển đổi số trong dạy học."
            ),
            Img(_u("11", "20-11-khenthuong"), "Ảnh: Võ Thành Trung", None, style="em"),
            P(
                "Dịp này, UBND huyện tặng giấy khen cho 25 nhà giáo tiêu biểu; Phòng Giáo dục và Đào tạo "
                "khen thưởng 12 tập thể và 40 cá nhân có thành tích xuất sắc trong phong trào thi đua “Đổi "
                "mới, sáng tạo trong dạy và học”."
            ),
        ],
        authors=["Lê Văn Hiếu"],
        photographers=["Võ Thành Trung"],
        source="Cổng thông tin điện tử huyện Hòa Vang",
        opts={
            "pub": "2026-11-20 08:30",
            "seo": "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
            "author_field": "Lê Văn Hiếu",
            "source_url": "https://hoavang.danang.gov.vn",
            "rating": (20, 4),
            "comments": [
                (
                    "Nguyễn Văn Bình",
                    "20/11/2026 09:12",
                    "Kính chúc quý thầy cô giáo ngành giáo dục Hòa Vang luôn mạnh khỏe, hạnh phúc và tiếp "
                    "tục gặt hái nhiều thành công.",
                ),
                (
                    "Cựu học sinh THCS Nguyễn Bá Phát",
                    "20/11/2026 21:30",
                    "Em nhớ mãi những năm tháng được thầy cô dìu dắt. Tri ân thầy cô nhân ngày 20/11!",
                ),
            ],
        },
    ),
    Story(
        id=1199,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-thiet-ke-bai-day-cho-giao-vien-thcs",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong thiết kế bài dạy cho giáo viên THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-17T14:00:00+07:00",
        summary=(
            "Từ ngày 14 đến 16/11/2026, Phòng Giáo dục và Đào tạo tổ chức 3 lớp tập huấn ứng dụng trí "
            "tuệ nhân tạo (AI) trong thiết kế bài dạy cho hơn 240 giáo viên các trường trung học cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp tập huấn do thầy Phạm Quốc Khánh, giảng viên Trường Đại học Sư phạm - Đại học Đà Nẵng, "
                "trực tiếp hướng dẫn. Nội dung tập trung vào cách đặt câu lệnh, khai thác công cụ AI để xây "
                "dựng kế hoạch bài dạy, câu hỏi kiểm tra và học liệu minh họa."
            ),
            P("Nội dung chính của lớp tập huấn", "h"),
            P("Buổi | Nội dung | Sản phẩm", "row"),
            P("Buổi 1 | Tổng quan về AI tạo sinh và các nguyên tắc sử dụng an toàn | Bộ câu lệnh mẫu", "row"),
            P(
                "Buổi 2 | Thiết kế kế hoạch bài dạy, phiếu học tập có hỗ trợ AI | Kế hoạch bài dạy theo nhóm môn",
                "row",
            ),
            P("Buổi 3 | Xây dựng câu hỏi, đề kiểm tra và rubric đánh giá | Ngân hàng câu hỏi", "row"),
            Img(
                _u("11", "taphuan-ai-01"),
                "Giáo viên thực hành thiết kế phiếu học tập có sự hỗ trợ của AI",
                "Giáo viên thực hành thiết kế phiếu học tập có sự hỗ trợ của AI",
                style="fig",
            ),
            P(
                "Các học viên được thực hành theo nhóm môn, cùng nhau hoàn thiện sản phẩm và chia sẻ trên hệ "
                "thống học liệu dùng chung của huyện. Nhiều giáo viên cho biết nội dung tập huấn thiết thực, "
                "có thể áp dụng ngay vào công việc."
            ),
            P(
                "Theo kế hoạch, từ học kỳ II, mỗi tổ chuyên môn sẽ xây dựng ít nhất hai chủ đề dạy học có ứng "
                "dụng AI để báo cáo tại các buổi sinh hoạt chuyên môn liên trường."
            ),
        ],
        opts={
            "pub": "2026-11-17 14:00",
            "thumb": "/assets/news/2026_11/taphuan-ai-anhdaidien.jpg",
            "tags": ["chuyen-doi-so"],
            "rating": (8, 2),
        },
    ),
    Story(
        id=1196,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-bao-so-13",
        title="Thông báo cho học sinh nghỉ học để phòng, tránh bão số 13",
        cat="thong-bao",
        published_at="2026-11-12T07:45:00+07:00",
        summary=(
            "Trước diễn biến phức tạp của bão số 13, Phòng Giáo dục và Đào tạo thông báo cho toàn bộ trẻ "
            "mầm non, học sinh tiểu học và trung học cơ sở trên địa bàn huyện nghỉ học ngày 13/11/2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Thực hiện Công điện số 18/CĐ-UBND ngày 11/11/2026 của UBND huyện về việc chủ động ứng phó "
                "với bão số 13, Phòng Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị trường học thực hiện:",
                "br",
            ),
            P(
                "👉 Cho trẻ, học sinh nghỉ học cả ngày 13/11/2026; thông báo kịp thời đến phụ huynh qua sổ "
                "liên lạc điện tử và nhóm Zalo của lớp.",
                "br",
            ),
            P(
                "👉 Kiểm tra, gia cố phòng học, chằng chống mái tôn, cắt tỉa cây xanh; di chuyển hồ sơ, "
                "thiết bị dạy học lên nơi cao ráo.",
                "br",
            ),
            P(
                "👉 Phân công lực lượng trực 24/24 giờ, báo cáo tình hình thiệt hại (nếu có) về Phòng Giáo "
                "dục và Đào tạo trước 16 giờ ngày 14/11/2026.",
                "br",
            ),
            P("Thời gian đi học trở lại sẽ có thông báo sau.", "br"),
            Raw('<p style="text-align: right;"><em>Bộ phận Văn phòng</em></p>'),
        ],
        authors=["Bộ phận Văn phòng"],
        opts={"pub": "2026-11-12 07:45", "rating": (0, 0)},
    ),
    Story(
        id=1192,
        slug="truong-mam-non-hoa-phong-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-1",
        title="Trường Mầm non Hòa Phong đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 1",
        cat="tin-tuc-su-kien",
        published_at="2026-11-08T09:00:00+07:00",
        summary=(
            "Ngày 07/11/2026, Trường Mầm non Hòa Phong long trọng tổ chức lễ đón nhận Bằng công nhận "
            "trường đạt chuẩn quốc gia mức độ 1 và kỷ niệm 30 năm thành lập trường."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _u("11", "mn-hoaphong-01"),
                "Lãnh đạo huyện trao Bằng công nhận cho nhà trường",
                "Lãnh đạo huyện trao Bằng công nhận cho nhà trường",
                style="home",
            ),
            P(
                "Trường Mầm non Hòa Phong hiện có 14 nhóm, lớp với 392 trẻ. Những năm qua, được sự quan tâm "
                "đầu tư của huyện và xã, nhà trường đã xây mới khu phòng học 2 tầng, bếp ăn một chiều và sân "
                "chơi ngoài trời với nhiều đồ chơi vận động."
            ),
            P(
                "Đội ngũ 38 cán bộ, giáo viên, nhân viên có trình độ đạt chuẩn và trên chuẩn 100%; chất lượng "
                "nuôi dưỡng, chăm sóc và giáo dục trẻ luôn được giữ vững, tỷ lệ trẻ suy dinh dưỡng giảm còn 1,2%."
            ),
            Img(
                _u("11", "mn-hoaphong-02"),
                "(Các cháu biểu diễn văn nghệ chào mừng buổi lễ)",
                "Các cháu biểu diễn văn nghệ chào mừng buổi lễ",
                style="fig",
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện UBND huyện đề nghị nhà trường tiếp tục phát huy kết quả đạt "
                "được, phấn đấu đạt chuẩn quốc gia mức độ 2 vào năm 2028."
            ),
        ],
        authors=["Nguyễn Thị Mỹ Linh"],
        opts={
            "pub": "2026-11-08 09:00",
            "author_field": "Nguyễn Thị Mỹ Linh (Trường MN Hòa Phong)",
            "rating": (10, 2),
        },
    ),
    Story(
        id=1188,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-tieu-hoc-so-2",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường Tiểu học số 2",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-03T15:30:00+07:00",
        summary=(
            "Chiều 02/11/2026, cụm chuyên môn số 2 gồm 5 trường tiểu học phía Tây của huyện tổ chức buổi "
            "sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường Tiểu học Hòa Phú."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _u("11", "shcm-cum2-01"),
                "Giáo viên dự giờ, quan sát hoạt động học của học sinh",
                "Giáo viên dự giờ, quan sát hoạt động học của học sinh",
                style="home",
            ),
            P(
                "Buổi sinh hoạt tập trung vào bài “Phép chia hết và phép chia có dư” (Toán 3). Tiết dạy minh "
                "họa do cô giáo Trương Thị Thanh Nhàn thực hiện; giáo viên dự giờ tập trung quan sát việc học "
                "của từng nhóm học sinh thay vì đánh giá giáo viên."
            ),
            P(
                "Trong phần thảo luận, giáo viên các trường đã chỉ ra những thời điểm học sinh gặp khó khăn, "
                "nguyên nhân và đề xuất cách điều chỉnh hoạt động cho phù hợp với đối tượng học sinh vùng "
                "nông thôn."
            ),
            P(
                "Theo đánh giá của Tổ Tiểu học Phòng Giáo dục và Đào tạo, hình thức sinh hoạt cụm đã giúp giáo "
                "viên các trường có điều kiện chia sẻ kinh nghiệm, khắc phục tình trạng sinh hoạt chuyên môn "
                "hình thức."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Trương Công Định - Ảnh: Lê Thị Na</strong></p>'),
        ],
        authors=["Trương Công Định"],
        photographers=["Lê Thị Na"],
        opts={"pub": "2026-11-03 15:30", "rating": (4, 1)},
    ),
    Story(
        id=1185,
        slug="hoa-vang-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Hòa Vang hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-29T10:15:00+07:00",
        summary=(
            "Hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời - Chìa khóa phát "
            "triển trong kỷ nguyên số”, các trung tâm học tập cộng đồng và trường học trên địa bàn huyện "
            "đã tổ chức nhiều hoạt động thiết thực."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _u("10", "tuanle-hoctap-01"),
                "Lễ khai mạc Tuần lễ tại xã Hòa Bắc",
                "Lễ khai mạc Tuần lễ tại xã Hòa Bắc",
                style="home",
            ),
            P(
                "Tại 11 trung tâm học tập cộng đồng, các lớp bồi dưỡng kiến thức về chuyển đổi số, sử dụng "
                "dịch vụ công trực tuyến, kỹ thuật trồng trọt, chăn nuôi đã thu hút hơn 1.500 lượt người dân "
                "tham gia."
            ),
            P(
                "Các thư viện trường học tổ chức “Ngày hội đọc sách”, trưng bày sách theo chủ đề, thi kể "
                "chuyện theo sách và giới thiệu tủ sách điện tử cho học sinh."
            ),
            P(
                "Qua Tuần lễ, nhận thức của cán bộ, nhân dân về vai trò của học tập suốt đời tiếp tục được "
                "nâng lên, góp phần xây dựng xã hội học tập từ cơ sở."
            ),
        ],
        authors=["Ngọc Hà"],
        source="Báo Đà Nẵng",
        opts={
            "pub": "2026-10-29 10:15",
            "author_field": "Ngọc Hà",
            "source_url": "https://baodanang.vn",
            "rating": (3, 1),
        },
    ),
    Story(
        id=1181,
        slug="hoi-thao-nang-cao-chat-luong-day-hoc-tieng-anh-cap-tieu-hoc",
        title="Hội thảo nâng cao chất lượng dạy học Tiếng Anh cấp Tiểu học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-22T08:00:00+07:00",
        summary=(
            "Ngày 21/10/2026, Phòng Giáo dục và Đào tạo tổ chức hội thảo chuyên đề “Nâng cao năng lực "
            "giao tiếp Tiếng Anh cho học sinh tiểu học” với sự tham gia của 58 giáo viên Tiếng Anh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại hội thảo, các trường đã trình bày 8 tham luận, chia sẻ kinh nghiệm tổ chức câu lạc bộ "
                "Tiếng Anh, sử dụng trò chơi trong tiết học và khai thác phần mềm luyện phát âm."
            ),
            Img(
                _u("10", "hoithao-tienganh-01"),
                "Cô giáo Phan Thị Mỹ Dung, Trường Tiểu học Lê Lai, trình bày tham luận",
                "Cô giáo Phan Thị Mỹ Dung, Trường Tiểu học Lê Lai, trình bày tham luận",
                style="fig",
            ),
            P(
                "Đại biểu cũng thảo luận những khó khăn như sĩ số lớp đông, thời lượng giao tiếp còn ít và "
                "thiết bị nghe nhìn chưa đồng bộ ở một số điểm trường."
            ),
            P(
                "“Mỗi tiết học cần dành ít nhất một phần ba thời gian để học sinh được nói và tương tác bằng "
                "Tiếng Anh”, ông Huỳnh Văn Sáu, chuyên viên phụ trách môn Tiếng Anh, nhấn mạnh.",
                "quote",
            ),
            P(
                "Kết thúc hội thảo, Phòng Giáo dục và Đào tạo đề nghị các trường xây dựng kế hoạch cụ thể để "
                "áp dụng những giải pháp phù hợp ngay trong học kỳ I."
            ),
        ],
        authors=["Huỳnh Văn Sáu"],
        opts={
            "pub": "2026-10-22 08:00",
            "thumb": "/assets/news/2026_10/hoithao-tienganh-anhdaidien.jpg",
            "author_field": "Huỳnh Văn Sáu",
            "rating": (5, 1),
        },
    ),
    Story(
        id=1176,
        slug="phat-dong-phong-trao-nuoi-heo-dat-giup-ban-den-truong-nam-hoc-2026-2027",
        title="Phát động phong trào “Nuôi heo đất - Giúp bạn đến trường” năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-14T16:10:00+07:00",
        summary=(
            "Nhằm hỗ trợ học sinh có hoàn cảnh khó khăn, Liên đội các trường trung học cơ sở trên địa bàn "
            "huyện đồng loạt phát động phong trào “Nuôi heo đất - Giúp bạn đến trường” năm học 2026-2027."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _u("10", "heodat-01"),
                "Đội viên Trường THCS Nguyễn Phú Hường góp heo đất tại lễ phát động",
                "Đội viên Trường THCS Nguyễn Phú Hường góp heo đất tại lễ phát động",
                style="home",
            ),
            P(
                "Phong trào được triển khai đến từng chi đội, khuyến khích các em tiết kiệm tiền quà sáng, "
                "thu gom giấy vụn, chai nhựa để gây quỹ giúp đỡ bạn bè."
            ),
            P(
                "Năm học trước, từ phong trào này, các liên đội đã hỗ trợ 126 suất học bổng, 540 bộ sách giáo "
                "khoa và 35 chiếc xe đạp cho học sinh khó khăn, với tổng trị giá gần 300 triệu đồng."
            ),
            P(
                "Năm nay, Ban Chỉ huy Liên đội các trường đặt mục tiêu mỗi chi đội nuôi ít nhất một heo đất, "
                "đồng thời gắn phong trào với hoạt động “Kế hoạch nhỏ” và các buổi sinh hoạt dưới cờ."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Đoàn Thị Bích Ngọc</strong><br />\n'
                "<em>TPT Đội Trường THCS Nguyễn Phú Hường</em></p>"
            ),
        ],
        authors=["Đoàn Thị Bích Ngọc"],
        opts={"pub": "2026-10-14 16:10", "rating": (6, 2)},
    ),
    Story(
        id=1172,
        slug="khai-mac-lop-boi-duong-nghiep-vu-cong-tac-thu-vien-truong-hoc-nam-2026",
        title="Khai mạc lớp bồi dưỡng nghiệp vụ công tác thư viện trường học năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-06T07:30:00+07:00",
        summary=(
            "Sáng 05/10/2026, Phòng Giáo dục và Đào tạo khai mạc lớp bồi dưỡng nghiệp vụ công tác thư viện "
            "trường học năm 2026 cho 67 cán bộ, nhân viên thư viện các trường mầm non, tiểu học và trung "
            "học cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            Img(_u("10", "thuvien-boiduong-01"), "Quang cảnh lớp bồi dưỡng", "Quang cảnh lớp bồi dưỡng", style="home"),
            P("Lớp bồi dưỡng diễn ra trong 3 ngày, từ ngày 05 đến 07/10/2026, tại Trường THCS Nguyễn Bá Phát."),
            P(
                "Học viên được cập nhật các quy định mới về tiêu chuẩn thư viện trường học, kỹ năng tổ chức "
                "hoạt động đọc, xây dựng thư viện xanh, thư viện thân thiện và quản lý thư viện bằng phần mềm."
            ),
            P(
                "Bên cạnh phần lý thuyết, các học viên thực hành phân loại, biên mục tài liệu, số hóa tài liệu "
                "và thiết kế các góc đọc sáng tạo phù hợp với không gian từng trường."
            ),
            Img(
                _u("10", "thuvien-boiduong-02"),
                "Học viên thực hành sắp xếp góc đọc",
                "Học viên thực hành sắp xếp góc đọc",
                style="tbl",
            ),
            P(
                "Kết thúc khóa học, học viên làm bài thu hoạch và được cấp giấy chứng nhận hoàn thành chương "
                "trình bồi dưỡng."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={"pub": "2026-10-06 07:30", "nfd": True, "author_field": "Tổ Văn phòng", "rating": (2, 1)},
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def _pub(story: Story) -> datetime:
    return datetime.strptime(story.opts["pub"], "%Y-%m-%d %H:%M")


def publtime(story: Story) -> str:
    """NukeViet's ``nv_date('l - d/m/Y H:i', publtime)`` in Vietnamese: "Thứ năm - 03/12/2026 15:20"."""
    dt = _pub(story)
    return f"{_WEEKDAYS[dt.weekday()]} - {dt:%d/%m/%Y %H:%M}"


def article_path(story: Story, cat: str | None = None) -> str:
    return f"/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def amp_path(story: Story) -> str:
    return "/amp" + article_path(story)


def cat_path(cat: str, page: int = 1) -> str:
    return f"/news/{cat}/" if page == 1 else f"/news/{cat}/page-{page}"


def cat_items(cat: str) -> list[Story]:
    """A category's listing: its own and its ``listcatid`` articles, newest first."""
    items = [s for s in STORIES if s.cat == cat or cat in s.opts.get("extra_cats", [])]
    return sorted(items, key=_pub, reverse=True)


def cat_pages(cat: str) -> int:
    return max(1, -(-len(cat_items(cat)) // PER_PAGE))


NEWEST = sorted(STORIES, key=_pub, reverse=True)
POPULAR = [1203, 1192, 1209, 1214]
MARQUEE = [1214, 1212, 1209, 1207]


def _thumb(story: Story) -> str:
    if "thumb" in story.opts:
        return story.opts["thumb"]
    home = [i for i in story.images if i.style == "home"]
    if home:
        return home[0].src.replace("/uploads/news/", "/assets/news/")
    return f"/themes/{DESK_THEME}/images/no_image.gif"


def _link(story: Story, cat: str | None = None) -> str:
    return article_path(story, cat)


# --- article text ----------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return _text(value, nfd=bool(story.opts.get("nfd")))


def _img(src: str, alt: str, mode: str, extra: str = "") -> str:
    if mode == "d":
        return (
            f'<img alt="{esc(alt)}" class="lazy" src="{BLANK}" data-original="{esc(src)}" '
            f'width="720" height="480"{extra} />'
        )
    if mode == "amp":
        return f'<amp-img alt="{esc(alt)}" src="{esc(src)}" width="720" height="480" layout="responsive"></amp-img>'
    return f'<img alt="{esc(alt)}" src="{esc(src)}" width="720"{extra} />'


def _figure(story: Story, img: Img, mode: str) -> str:
    stem = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    tag = _img(img.src, stem, mode)
    line = _t(story, img.printed) if img.printed else ""
    if img.style == "fig":
        cap = f"<figcaption>{line}</figcaption>" if line else ""
        return (
            '<div style="text-align:center">\n<figure class="image" style="display:inline-block">'
            f"{tag}{cap}</figure>\n</div>"
        )
    if img.style == "tbl":
        cap = (
            '<tr><td style="text-align:center"><span style="font-size:12px;"><em>'
            f"{line}</em></span></td></tr>"
            if line
            else ""
        )
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:100%">'
            f'<tbody><tr><td style="text-align:center">{tag}</td></tr>{cap}</tbody></table>'
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if line:
        out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
    return out


def _rows(story: Story, run: list[P], word: bool) -> str:
    trs = []
    for n, p in enumerate(run):
        cells = p.text.split(" | ")
        if word:
            tds = "".join(
                '<td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p align="center" '
                f'style="margin:0;text-align:center"><span style="font-size:13.0pt">{_t(story, c)}</span></p></td>'
                for c in cells
            )
        elif n == 0:
            tds = "".join(f"<td><strong>{_t(story, c)}</strong></td>" for c in cells)
        else:
            tds = "".join(f"<td>{_t(story, c)}</td>" for c in cells)
        trs.append(f"<tr>{tds}</tr>")
    cls = ' class="MsoTableGrid"' if word else ""
    return (
        f'<table{cls} border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse">'
        f"<tbody>{''.join(trs)}</tbody></table>"
    )


def body_html(story: Story, mode: str) -> str:
    """The ``bodyhtml`` as the editor saved it; ``mode`` only changes how images are printed."""
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "home")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "br", "row", "rowp"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            run = [p for p in blocks[i:j] if isinstance(p, P)]
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(story, p.text)}</li>" for p in run) + "</ul>")
            elif b.style == "br":
                out.append(
                    '<div style="text-align: justify;">'
                    + "<br />\n".join(_t(story, p.text) for p in run)
                    + "</div>"
                )
            else:
                out.append(_rows(story, run, word=b.style == "rowp"))
            i = j
            continue
        if isinstance(b, P):
            if b.style == "h":
                out.append(f"<h3><strong>{_t(story, b.text)}</strong></h3>")
            elif b.style == "quote":
                out.append(f"<blockquote><p><em>{_t(story, b.text)}</em></p></blockquote>")
            else:
                out.append(f'<p style="text-align: justify;">{_t(story, b.text)}</p>')
        elif isinstance(b, Img):
            out.append(_figure(story, b, mode))
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _home_img(story: Story) -> Img | None:
    home = [i for i in story.images if i.style == "home"]
    return home[0] if home else None


# --- chrome ----------------------------------------------------------------------------------

ABOUT = {
    "gioi-thieu-chung": "Giới thiệu chung",
    "co-cau-to-chuc": "Cơ cấu tổ chức",
}
LAW_PATH = "/laws/detail/ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027-cap-thcs-15.html"
ALBUM_PATH = "/photos/hoi-khoe-phu-dong-cap-huyen-lan-thu-xii-7.html"
NON_ARTICLES = [
    "/about/gioi-thieu-chung.html",
    "/about/co-cau-to-chuc.html",
    "/contact/",
    LAW_PATH,
    ALBUM_PATH,
]

_FOOTER_ADDR = (
    "Địa chỉ: Thôn Dương Lâm 1, xã Hòa Phong, huyện Hòa Vang, thành phố Đà Nẵng<br />"
    "Điện thoại: (0236) 3846 213 - Fax: (0236) 3846 214 - Email: "
    '<a href="mailto:pgdhoavang@danang.gov.vn">pgdhoavang@danang.gov.vn</a>'
)


def _menu_desk() -> str:
    cats = "".join(f'<li><a href="{cat_path(c)}" title="{esc(n)}">{esc(n)}</a></li>' for c, n in CATS.items())
    about = "".join(f'<li><a href="/about/{a}.html">{esc(n)}</a></li>' for a, n in ABOUT.items())
    return (
        '<nav class="hv-menungang" id="hv-menu"><div class="wraper"><ul class="hv-menu-c1">'
        '<li class="hv-trangchu"><a href="/" title="Trang nhất"><em class="fa fa-lg fa-home">&nbsp;</em></a></li>'
        f'<li class="dropdown"><a href="/about/gioi-thieu-chung.html">Giới thiệu <b class="caret"></b></a><ul class="hv-menu-c2">{about}</ul></li>'
        f'<li class="dropdown"><a href="/news/">Tin tức <b class="caret"></b></a><ul class="hv-menu-c2">{cats}</ul></li>'
        '<li><a href="/laws/">Văn bản</a></li>'
        '<li><a href="/photos/">Thư viện ảnh</a></li>'
        '<li><a href="/contact/">Liên hệ</a></li>'
        "</ul></div></nav>"
    )


def _marquee() -> str:
    links = []
    for sid in MARQUEE:
        s = BY_ID[sid]
        op = f"{s.cat}/{s.slug}-{s.id}"
        links.append(
            f'<a href="/index.php?language=vi&amp;nv=news&amp;op={op}" title="{esc(s.title)}">{esc(s.title)}</a>'
        )
    return (
        '<div class="hv-tinmoi"><div class="wraper"><span class="hv-tinmoi-nhan">Tin mới:</span>'
        '<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">'
        + " &nbsp;&bull;&nbsp; ".join(links)
        + "</marquee></div></div>"
    )


def _sidebar() -> str:
    pop = "".join(
        f'<li class="clearfix"><a href="{_link(BY_ID[i])}" title="{esc(BY_ID[i].title)}">'
        f'<img src="{_thumb(BY_ID[i])}" alt="" width="70" class="img-thumbnail pull-left" />'
        f"{esc(BY_ID[i].title)}</a></li>"
        for i in POPULAR
    )
    return f"""<div class="col-md-8 hv-cotphai">
<div class="hv-khoi"><div class="hv-khoi-tieude"><span>Đọc nhiều nhất</span></div>
<ul class="hv-docnhieu list-none">{pop}</ul></div>
<div class="hv-khoi"><div class="hv-khoi-tieude"><span>Văn bản mới</span></div>
<ul class="hv-vanban list-none"><li><a href="{LAW_PATH}">Kế hoạch 215/KH-PGDĐT thực hiện nhiệm vụ năm học 2026-2027 cấp THCS</a> <span class="text-muted">(05/09/2026)</span></li></ul>
<p class="text-right"><a href="/laws/">Xem tất cả »</a></p></div>
<div class="hv-khoi"><div class="hv-khoi-tieude"><span>Thư viện ảnh</span></div>
<a href="{ALBUM_PATH}"><img src="/uploads/photos/2026_11/hkpd-album-bia.jpg" alt="Hội khỏe Phù Đổng cấp huyện lần thứ XII" width="300" /></a></div>
<div class="hv-khoi"><div class="hv-khoi-tieude"><span>Liên kết website</span></div>
<select class="form-control" onchange="if(this.value!='')window.open(this.value,'_blank');">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://danang.edu.vn">Sở GD&amp;ĐT thành phố Đà Nẵng</option>
<option value="https://hoavang.danang.gov.vn">Cổng TTĐT huyện Hòa Vang</option>
</select></div>
<div class="hv-khoi"><div class="hv-khoi-tieude"><span>Thăm dò ý kiến</span></div>
<form action="/voting/" method="post" class="hv-binhchon"><p><strong>Bạn đánh giá thế nào về trang thông tin điện tử của Phòng?</strong></p>
<label><input type="radio" name="option" value="1" /> Rất hữu ích</label><br />
<label><input type="radio" name="option" value="2" /> Hữu ích</label><br />
<label><input type="radio" name="option" value="3" /> Cần cải thiện thêm</label><br />
<input type="button" class="btn btn-success btn-sm" value="Bình chọn" onclick="nv_sendvoting(this.form, '2', '1', '5a3f', '', '0');" />
<input type="button" class="btn btn-primary btn-sm" value="Kết quả" onclick="nv_sendvoting(this.form, '2', 0, '5a3f', '', '0');" /></form></div>
<div class="hv-khoi"><div class="hv-khoi-tieude"><span>Thống kê truy cập</span></div>
<ul class="hv-thongke list-none">
<li><em class="fa fa-bolt fa-lg fa-horizon"></em> Đang truy cập<span class="pull-right">37</span></li>
<li><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em> Hôm nay<span class="pull-right">1.284</span></li>
<li><em class="fa fa-calendar-o fa-lg fa-horizon"></em> Tháng hiện tại<span class="pull-right">6.905</span></li>
<li><em class="fa fa-bars fa-lg fa-horizon"></em> Tổng lượt truy cập<span class="pull-right">2.617.442</span></li>
</ul></div>
</div>"""


def _crumbs_desk(crumbs: list[tuple[str, str]]) -> str:
    items = ['<li><a href="/" title="Trang nhất"><em class="fa fa-lg fa-home">&nbsp;</em><span class="hidden-xs">Trang nhất</span></a></li>']
    items += [f'<li><a href="{href}" title="{esc(label)}"><span>{esc(label)}</span></a></li>' for label, href in crumbs]
    return (
        '<div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" href="#">'
        '<em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none">'
        + "".join(items)
        + "</ul></div></div>"
    )


def _head(request: Request, title: str, meta: str, mobile: bool) -> str:
    css = "/themes/mobile_default/css/style.css" if mobile else f"/themes/{DESK_THEME}/css/style.css"
    viewport = '<meta name="viewport" content="width=device-width, initial-scale=1" />\n' if mobile else ""
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="generator" content="NukeViet v4.4" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{viewport}{meta}
<link rel="alternate" href="/news/rss/" title="Tin tức" type="application/rss+xml" />
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css" />
<link rel="StyleSheet" href="{css}" />
<link rel="shortcut icon" href="/favicon.ico" />
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Hv7q2",nv_check_pass_mstime=1738000;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/{"mobile_default" if mobile else DESK_THEME}/js/main.js"></script>
</head>
"""


def desk_page(request: Request, title: str, meta: str, crumbs: list[tuple[str, str]], main: str) -> str:
    return (
        _head(request, title, meta, mobile=False)
        + f"""<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.</div></noscript>
<div class="hv-thanhtren"><div class="wraper clearfix">
<span class="hv-homnay"><em class="fa fa-calendar">&nbsp;</em>{HEADER_TODAY}</span>
<span class="hv-lienket-tren"><a href="/?nvvithemever=m" rel="nofollow">Phiên bản di động</a> | <a href="/news/rss/">RSS</a></span>
<form action="/seek/" method="get" class="hv-timkiem"><input type="text" name="q" maxlength="60" placeholder="Tìm kiếm..." /><button type="submit"><em class="fa fa-search"></em></button></form>
</div></div>
<header class="hv-dauweb"><div class="wraper">
<a class="hv-logo" href="/" title="{esc(SITE_NAME)}"><img src="/uploads/logo-pgd-hoavang.png" alt="{esc(SITE_NAME)}" width="90" height="90" /></a>
<div class="hv-tendonvi"><span class="hv-tencaptren">ỦY BAN NHÂN DÂN HUYỆN HÒA VANG</span><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong>
<em>Đổi mới - Sáng tạo - Chất lượng - Hiệu quả</em></div>
</div></header>
{_menu_desk()}
{_marquee()}
<div class="wraper hv-thanphan"><div class="row">
<div class="col-md-16 hv-cotchinh">
{_crumbs_desk(crumbs)}
{main}
</div>
{_sidebar()}
</div></div>
<footer class="hv-chantrang"><div class="wraper">
<p class="hv-chantrang-ten"><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HÒA VANG</strong></p>
<p>{_FOOTER_ADDR}</p>
<p>Chịu trách nhiệm chính: Bà Lê Thị Kim Oanh - Trưởng phòng</p>
<p>© Bản quyền thuộc về Phòng GD&amp;ĐT huyện Hòa Vang. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="hv-thietke">Thiết kế bởi Công ty TNHH Giải pháp số Sông Hàn - Mã nguồn NukeViet</p>
<p class="hv-giaodien">Giao diện: <strong>Máy tính</strong> | <a href="/?nvvithemever=m" rel="nofollow">Di động</a></p>
</div></footer>
<a id="totop" href="#" title="Lên đầu trang"><em class="fa fa-chevron-up"></em></a>
<script>$(function(){{$("img.lazy").each(function(){{$(this).attr("src",$(this).data("original"));}});}});</script>
</body>
</html>"""
    )


def mob_page(request: Request, title: str, meta: str, crumbs: list[tuple[str, str]], main: str) -> str:
    menu = ['<li><a href="/">Trang nhất</a></li>']
    menu += [f'<li><a href="/about/{a}.html">{esc(n)}</a></li>' for a, n in ABOUT.items()]
    menu += [f'<li><a href="{cat_path(c)}">{esc(n)}</a></li>' for c, n in CATS.items()]
    menu += [
        '<li><a href="/laws/">Văn bản</a></li>',
        '<li><a href="/photos/">Thư viện ảnh</a></li>',
        '<li><a href="/contact/">Liên hệ</a></li>',
    ]
    bc = "".join(
        f'<li><a href="{href}"><span>{esc(label)}</span></a></li>'
        for label, href in [("Trang nhất", "/"), *crumbs]
    )
    return (
        _head(request, title, meta, mobile=True)
        + f"""<body>
<div id="wrapper">
<header id="header"><div class="logo"><a href="/" title="{esc(SITE_NAME)}"><img src="/uploads/logo-pgd-hoavang.png" alt="{esc(SITE_NAME)}" width="48" /></a>
<span class="site_name">PGD&amp;ĐT Hòa Vang</span></div>
<div class="header-nav"><a href="#menusite" class="menu-toggle" data-toggle="collapse"><em class="fa fa-bars fa-lg"></em></a>
<a href="/seek/" class="search-toggle"><em class="fa fa-search fa-lg"></em></a></div></header>
<nav id="menusite" class="collapse"><ul class="list-none">{"".join(menu)}</ul></nav>
<div class="date-today text-center">{HEADER_TODAY}</div>
<section id="body">
<ul class="breadcrumbs list-none">{bc}</ul>
{main}
</section>
<footer id="footer"><div class="text-center">
<p><strong>PHÒNG GD&amp;ĐT HUYỆN HÒA VANG</strong></p>
<p>{_FOOTER_ADDR}</p>
<p><a href="/?nvvithemever=d" rel="nofollow"><em class="fa fa-desktop"></em> Giao diện máy tính</a></p>
</div></footer>
</div>
</body>
</html>"""
    )


def page(request: Request, theme: str, title: str, meta: str, crumbs: list[tuple[str, str]], main: str) -> str:
    return (mob_page if theme == "m" else desk_page)(request, title, meta, crumbs, main)


# --- article pages -----------------------------------------------------------------------------


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def _strip(markup: str) -> str:
    return re.sub(r"\s+", " ", _html.unescape(re.sub(r"<[^>]+>", " ", markup))).strip()


def _article_meta(request: Request, story: Story, viewcat: str) -> str:
    base = base_url(request)
    home = _home_img(story)
    image = base + (home.src if home else _thumb(story))
    desc = story.summary or f"{story.title} - {SITE_NAME}"
    shown = story.opts.get("seo") or story.title
    pub = _pub(story)
    return (
        f'<meta name="description" content="{esc(desc)}" />\n'
        f'<meta name="keywords" content="{esc(", ".join(TAGS[t] for t in story.opts.get("tags", [])) or "phòng giáo dục, hòa vang")}" />\n'
        f'<meta name="author" content="{esc(SITE_NAME)}" />\n'
        f'<meta property="og:title" content="{esc(shown)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n'
        f'<meta property="og:site_name" content="{esc(SITE_NAME)}" />\n'
        f'<meta property="og:image" content="{esc(image)}" />\n'
        f'<meta property="og:url" content="{base}{article_path(story)}" />\n'
        f'<meta property="article:published_time" content="{_iso(pub)}" />\n'
        f'<meta property="article:modified_time" content="{_iso(pub + timedelta(hours=2, minutes=13))}" />\n'
        f'<meta property="article:section" content="{esc(CATS[viewcat])}" />\n'
        f'<link rel="canonical" href="{base}{article_path(story)}" />\n'
        f'<link rel="amphtml" href="{base}{amp_path(story)}" />'
    )


def _rating(story: Story) -> str:
    total, count = story.opts.get("rating", (0, 0))
    avg = f"{total / count:.1f}" if count else "0"
    stars = "".join(
        f'<input class="hover-star" type="radio" value="{n}" title="{t}" />'
        for n, t in enumerate(["Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt", "Bài viết rất tốt"], 1)
    )
    return (
        '<form id="form3B" action=""><div class="clearfix">'
        f'<p id="stringrating">Tổng số điểm của bài viết là: {total} trong {count} đánh giá</p>'
        f'<span>Xếp hạng: <span id="numberrating">{avg}</span> - <span id="click_rating">{count}</span> phiếu bầu</span>'
        f'<div style="padding: 5px;">{stars}<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>'
        "</div></form>"
    )


def _comments(story: Story) -> str:
    items = "".join(
        '<li class="media"><a class="pull-left" href="javascript:void(0)"><img class="media-object bg-gainsboro" '
        'src="/themes/default/images/users/no_avatar.png" alt="" width="40" /></a><div class="media-body">'
        f'<div class="h5 media-heading"><strong>{esc(name)}</strong> <span class="text-muted">({when})</span></div>'
        f'<div class="comment-content">{esc(body)}</div>'
        '<div class="comment-info"><a href="javascript:void(0)" class="like">Thích</a> · '
        '<a href="javascript:void(0)" class="reply">Trả lời</a></div></div></li>'
        for name, when, body in story.opts.get("comments", [])
    )
    listing = f'<ul class="comment-list">{items}</ul>' if items else '<p class="text-muted">Chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến.</p>'
    return (
        f'<div id="idcomment" class="nv-fullbg" data-module="news" data-content="news_{story.id}">'
        '<p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p>'
        f'<div id="showcomment">{listing}</div>'
        '<div id="formcomment" class="comment-form"><form method="post" onsubmit="return nv_commment_feedback(this);">'
        '<input type="text" name="name" class="form-control" placeholder="Họ tên" />'
        '<input type="email" name="email" class="form-control" placeholder="Email" />'
        '<textarea name="content" class="form-control" rows="4" placeholder="Nhập nội dung ý kiến của bạn"></textarea>'
        '<button type="submit" class="btn btn-primary">Gửi ý kiến</button></form></div></div>'
    )


def _newer(story: Story, viewcat: str) -> list[Story]:
    items = [s for s in cat_items(viewcat) if _pub(s) > _pub(story)]
    return list(reversed(items))[:5][::-1]


def _others(story: Story, viewcat: str) -> list[Story]:
    """The vendor's "Các tin khác" block: the category's first page, minus the article itself."""
    return [s for s in cat_items(viewcat)[:PER_PAGE] if s.id != story.id]


def _rel_list(items: list[Story], viewcat: str) -> str:
    return "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{_link(s, viewcat if viewcat in [s.cat, *s.opts.get("extra_cats", [])] else None)}" '
        f'title="{esc(s.title)}">{esc(s.title)}</a> <em>({_pub(s):%d/%m/%Y})</em></li>'
        for s in items
    )


def _files(story: Story) -> str:
    files = story.opts.get("files", [])
    if not files:
        return ""
    month = _pub(story).strftime("%m")
    rows = "".join(
        '<div class="list-group-item">'
        f'<span class="badge"><a role="button" data-toggle="collapse" href="#pdf{n}">Xem nhanh</a></span>'
        f'<a href="{article_path(story)}?download=1&amp;id={n}" title="Tải về: {esc(title)}">Tải về: <strong>{esc(title)}</strong></a>'
        f'<div class="collapse" id="pdf{n}" data-src="/uploads/news/2026_{month}/{name}" data-toggle="collapsepdf"></div></div>'
        for n, (title, name) in enumerate(files)
    )
    return f'<div class="hv-dinhkem"><p class="h3"><em class="fa fa-download">&nbsp;</em>Tài liệu đính kèm</p><div class="list-group news-download-file">{rows}</div></div>'


def _byline_fields(story: Story, cls: str) -> str:
    out = ""
    if story.opts.get("author_field"):
        out += f'<p class="{cls}"><strong>Tác giả: </strong>{esc(story.opts["author_field"])}</p>'
    if story.source:
        url = story.opts.get("source_url", "")
        out += (
            f'<p class="{cls}"><strong>Nguồn tin: </strong><a href="{url}" rel="nofollow" target="_blank">'
            f"{esc(story.source)}</a></p>"
        )
    return out


def _keywords(story: Story) -> str:
    tags = story.opts.get("tags", [])
    if not tags:
        return ""
    links = ", ".join(f'<a title="{esc(TAGS[t])}" href="/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags)
    return f'<div class="keywords hv-tukhoa"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div>'


def article_desk(request: Request, story: Story, viewcat: str) -> str:
    base = base_url(request)
    home = _home_img(story)
    sapo = (
        f'<div class="hv-tomtat" itemprop="description"><strong>{_t(story, story.summary)}</strong></div>'
        if story.summary
        else ""
    )
    homeimg = ""
    if home:
        note = f'<p class="hv-chuthich"><em>{_t(story, home.printed)}</em></p>' if home.printed else ""
        homeimg = (
            f'<div class="hv-anhbia" style="max-width:720px;margin:10px auto"><img alt="{esc(home.printed or story.title)}" '
            f'src="{home.src}" width="720" class="img-thumbnail" />{note}</div>'
        )
    newer = _newer(story, viewcat)
    newer_html = (
        f'<div class="hv-tinmoihon"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related list-none">{_rel_list(newer, viewcat)}</ul></div>'
        if newer
        else ""
    )
    main = f"""<div class="hv-baiviet" id="hv-tin-{story.id}">
<h1 class="hv-tieude">{esc(story.title)}</h1>
<div class="hv-thongtin clearfix">
<span class="hv-ngaydang"><em class="fa fa-clock-o">&nbsp;</em>{publtime(story)}</span>
<span class="hv-luotxem"><em class="fa fa-eye">&nbsp;</em>Lượt xem: {story.views()}</span>
<span class="hv-nguoidang"><em class="fa fa-user">&nbsp;</em>Người đăng: pgd_hoavang</span>
</div>
<div class="hv-congcu"><ul class="list-inline">
<li><a rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/news/sendmail/{viewcat}/{story.slug}-{story.id}.html','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a href="javascript:void(0)" onclick="hv_cochu(-1)" title="Giảm cỡ chữ">A-</a></li>
<li><a href="javascript:void(0)" onclick="hv_cochu(1)" title="Tăng cỡ chữ">A+</a></li>
<li><a class="hv-fb" href="https://www.facebook.com/sharer/sharer.php?u={base}{article_path(story)}" target="_blank" rel="nofollow"><em class="fa fa-facebook-square">&nbsp;</em>Chia sẻ</a></li>
<li><div class="zalo-share-button" data-href="{base}{article_path(story)}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div></li>
</ul></div>
<div class="hv-nghedoc" data-tts="{story.id}"><span class="hv-nghedoc-nhan"><em class="fa fa-volume-up">&nbsp;</em>Nghe đọc bài viết</span>
<select class="hv-giongdoc"><option value="banmai">Giọng nữ miền Bắc</option><option value="lannhi">Giọng nữ miền Nam</option><option value="leminh">Giọng nam miền Bắc</option></select>
<button type="button" class="btn btn-default btn-xs" onclick="hv_tts({story.id})"><em class="fa fa-play"></em> Phát</button><div class="hv-tts-player"></div></div>
{sapo}
{homeimg}
<div id="news-bodyhtml" class="bodytext hv-noidung">
{body_html(story, "d")}
</div>
{_files(story)}
<div class="hv-tacgia">{_byline_fields(story, "text-right")}</div>
{_keywords(story)}
{_rating(story)}
{_comments(story)}
{newer_html}
<div class="hv-tinkhac"><p class="h3"><strong>Các tin khác</strong></p><ul class="related list-none">{_rel_list(_others(story, viewcat), viewcat)}</ul></div>
</div>"""
    return main


def article_mob(request: Request, story: Story, viewcat: str) -> str:
    base = base_url(request)
    home = _home_img(story)
    imgthumb = ""
    if home:
        imgthumb = (
            f'<div class="imghome text-center"><a href="#" id="pop" title="{esc(home.printed or story.title)}">'
            f'<img id="imageresource" alt="{esc(home.printed or story.title)}" src="{home.src}" width="720" class="img-thumbnail" /></a>'
            '<div class="modal fade" id="imagemodal" tabindex="-1" role="dialog"><div class="modal-dialog"><div class="modal-content">'
            f'<div class="modal-header"><button type="button" class="close" data-dismiss="modal">&times;</button><h4 class="modal-title">{esc(home.printed or story.title)}</h4></div>'
            '<div class="modal-body"><img src="" id="imagepreview" class="img-thumbnail" /></div></div></div></div>'
            f'<em class="show">{_t(story, home.printed) if home.printed else ""}</em><hr /></div>'
        )
    hometext = ""
    if story.summary or imgthumb:
        sapo = f'<div class="h2" itemprop="description">{_t(story, story.summary)}</div>' if story.summary else ""
        hometext = f'<div id="hometext">{imgthumb}{sapo}</div>'
    pub = _pub(story)
    newer = _newer(story, viewcat)
    newer_html = f'<p><strong>Những tin mới hơn</strong></p><ul class="related">{_rel_list(newer, viewcat)}</ul>' if newer else ""
    return f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 itemprop="headline">{esc(story.title)}</h1>
<span class="hidden hide d-none" itemprop="datePublished">{_iso(pub)}</span>
<span class="hidden hide d-none" itemprop="dateModified">{_iso(pub + timedelta(hours=2, minutes=13))}</span>
<span class="hidden hide d-none" itemprop="mainEntityOfPage">{base}{article_path(story)}</span>
<div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope><span itemprop="name">{esc(SITE_NAME)}</span></div>
<em class="time">{publtime(story)}</em>
<hr />
{hometext}
<div class="bodytext">
{body_html(story, "m")}
</div>
{_files(story)}
{_byline_fields(story, "text-right")}
<hr />
<div class="socialicon pull-left"><a href="https://www.facebook.com/sharer/sharer.php?u={base}{article_path(story)}" rel="nofollow" target="_blank"><em class="fa fa-facebook"></em> Chia sẻ</a></div>
<div class="clear">&nbsp;</div>
<div class="row"><div class="col-md-12">{_keywords(story)}</div><div class="col-md-12">{_rating(story)}</div></div>
{_comments(story)}
{newer_html}
<div class="clear">&nbsp;</div>
<p><strong>Các tin khác</strong></p><ul class="related">{_rel_list(_others(story, viewcat), viewcat)}</ul>
</div>
</div>"""


def article_page(request: Request, story: Story, viewcat: str, theme: str) -> str:
    shown = story.opts.get("seo")
    title = f"{shown} - PGD&ĐT Hòa Vang" if shown else f"{story.title} - {CATS[viewcat]} - PGD&ĐT Hòa Vang"
    crumbs = [("Tin tức", "/news/"), (CATS[viewcat], cat_path(viewcat))]
    main = (article_mob if theme == "m" else article_desk)(request, story, viewcat)
    return page(request, theme, title, _article_meta(request, story, viewcat), crumbs, main)


def amp_page(request: Request, story: Story) -> str:
    base = base_url(request)
    pub = _pub(story) - timedelta(hours=7)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.opts.get("seo") or story.title,
        "datePublished": pub.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "dateModified": (pub + timedelta(hours=2, minutes=13)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "author": {"@type": "Person", "name": story.opts.get("author_field") or "pgd_hoavang"},
        "publisher": {"@type": "Organization", "name": SITE_NAME},
        "mainEntityOfPage": base + article_path(story),
    }
    home = _home_img(story)
    homeimg = ""
    if home:
        cap = f"<figcaption>{_t(story, home.printed)}</figcaption>" if home.printed else ""
        homeimg = f'<figure class="amp-anhbia">{_img(home.src, home.printed or story.title, "amp")}{cap}</figure>'
    sapo = f'<p class="amp-sapo"><strong>{_t(story, story.summary)}</strong></p>' if story.summary else ""
    source = f'<p class="amp-nguon">Nguồn tin: {esc(story.source)}</p>' if story.source else ""
    return f"""<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8" />
<title>{esc(story.opts.get("seo") or story.title)}</title>
<link rel="canonical" href="{base}{article_path(story)}" />
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1" />
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-custom>body{{font-family:Arial,sans-serif;padding:0 12px}}.amp-sapo{{font-weight:bold}}</style>
</head>
<body>
<header class="amp-dau"><a href="{base}/">PGD&amp;ĐT Hòa Vang</a></header>
<article class="amp-baiviet">
<div class="amp-chuyenmuc"><a href="{base}{cat_path(story.cat)}">{esc(CATS[story.cat])}</a></div>
<h1 class="amp-tieude">{esc(story.title)}</h1>
<div class="amp-ngay">{_pub(story):%d/%m/%Y %H:%M}</div>
{sapo}
{homeimg}
<div class="amp-noidung">
{body_html(story, "amp")}
</div>
{source}
</article>
<footer class="amp-chan"><a href="{base}{article_path(story)}">Xem phiên bản đầy đủ</a> · © PGD&amp;ĐT Hòa Vang</footer>
</body>
</html>"""


# --- listings ----------------------------------------------------------------------------------


def _item_desk(s: Story, cat: str | None) -> str:
    link = _link(s, cat)
    return (
        f'<div class="hv-tin clearfix"><a class="hv-anhnho" href="{link}" title="{esc(s.title)}">'
        f'<img src="{_thumb(s)}" alt="{esc(s.title)}" width="160" class="img-thumbnail pull-left imghome" /></a>'
        f'<h3><a href="{link}" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        '<div class="text-muted"><ul class="list-unstyled list-inline">'
        f'<li><em class="fa fa-clock-o">&nbsp;</em> {_pub(s):%d/%m/%Y %H:%M}</li>'
        f'<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {s.views()}</li></ul></div>'
        f'<div class="hv-mota">{esc(s.summary or "")}</div></div>'
    )


def _item_mob(s: Story, cat: str | None) -> str:
    link = _link(s, cat)
    return (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        f'<a href="{link}"><img src="{_thumb(s)}" alt="" width="100" class="img-thumbnail pull-left" /></a>'
        f'<h3><a href="{link}" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f'<p class="text-muted"><em class="fa fa-clock-o">&nbsp;</em> {_pub(s):%d/%m/%Y}</p>'
        '<div class="clearfix"></div></div></div>'
    )


def _pager_desk(cat: str, page_no: int, pages: int) -> str:
    if pages < 2:
        return ""
    lis = []
    lis.append(
        f'<li><a href="{cat_path(cat, page_no - 1)}">&laquo;</a></li>' if page_no > 1 else '<li class="disabled"><span>&laquo;</span></li>'
    )
    for n in range(1, pages + 1):
        lis.append(f'<li class="active"><span>{n}</span></li>' if n == page_no else f'<li><a href="{cat_path(cat, n)}">{n}</a></li>')
    lis.append(
        f'<li><a href="{cat_path(cat, page_no + 1)}">&raquo;</a></li>' if page_no < pages else '<li class="disabled"><span>&raquo;</span></li>'
    )
    return f'<div class="text-center"><ul class="pagination">{"".join(lis)}</ul></div>'


def _pager_mob(cat: str, page_no: int, pages: int) -> str:
    if pages < 2:
        return ""
    prev = f'<a class="btn btn-default" href="{cat_path(cat, page_no - 1)}">&lsaquo; Trước</a>' if page_no > 1 else ""
    nxt = f'<a class="btn btn-default" href="{cat_path(cat, page_no + 1)}">Sau &rsaquo;</a>' if page_no < pages else ""
    return f'<div class="generate_page text-center">{prev} <span>Trang {page_no}/{pages}</span> {nxt}</div>'


def listing_page(request: Request, cat: str, page_no: int, theme: str) -> str:
    items = cat_items(cat)[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
    pages = cat_pages(cat)
    name = CATS[cat]
    if theme == "m":
        main = f'<h1 class="h3">{esc(name)}</h1>' + "".join(_item_mob(s, cat) for s in items) + _pager_mob(cat, page_no, pages)
    else:
        main = (
            f'<div class="hv-danhsach"><div class="hv-tieudemuc"><h1><a href="{cat_path(cat)}">{esc(name)}</a></h1></div>'
            + "".join(_item_desk(s, cat) for s in items)
            + _pager_desk(cat, page_no, pages)
            + "</div>"
        )
    title = f"{name} - Trang {page_no} - PGD&ĐT Hòa Vang" if page_no > 1 else f"{name} - PGD&ĐT Hòa Vang"
    meta = f'<meta name="description" content="{esc(name)} - {esc(SITE_NAME)}" />\n<link rel="canonical" href="{base_url(request)}{cat_path(cat, page_no)}" />'
    return page(request, theme, title, meta, [("Tin tức", "/news/"), (name, cat_path(cat))], main)


def home_page(request: Request, theme: str, crumbs: list[tuple[str, str]]) -> str:
    if theme == "m":
        blocks = "".join(
            f'<div class="panel panel-default"><div class="panel-heading"><a href="{cat_path(c)}"><strong>{esc(n)}</strong></a></div>'
            '<ul class="list-group">'
            + "".join(f'<li class="list-group-item"><a href="{_link(s, c)}">{esc(s.title)}</a></li>' for s in cat_items(c)[:3])
            + "</ul></div>"
            for c, n in CATS.items()
        )
        main = blocks
    else:
        slides = "".join(
            f'<div class="item{" active" if n == 0 else ""}"><a href="{_link(BY_ID[i])}" title="{esc(BY_ID[i].title)}">'
            f'<img src="{_thumb(BY_ID[i]).replace("/assets/news/", "/uploads/news/")}" alt="{esc(BY_ID[i].title)}" width="640" /></a>'
            f'<div class="carousel-caption"><a href="{_link(BY_ID[i])}">{esc(BY_ID[i].title)}</a></div></div>'
            for n, i in enumerate([1214, 1207, 1203])
        )
        blocks = []
        for c, n in CATS.items():
            items = cat_items(c)[:3]
            first, rest = items[0], items[1:]
            blocks.append(
                f'<div class="hv-khoimuc"><div class="hv-khoimuc-tieude"><a href="{cat_path(c)}" title="{esc(n)}">{esc(n)}</a></div>'
                f'<div class="hv-khoimuc-dau clearfix"><a href="{_link(first, c)}"><img src="{_thumb(first)}" alt="" width="200" class="img-thumbnail pull-left" /></a>'
                f'<h3><a href="{_link(first, c)}" title="{esc(first.title)}">{esc(first.title)}</a></h3>'
                f'<p class="text-muted">{_pub(first):%d/%m/%Y}</p><p>{esc(first.summary or "")}</p></div>'
                '<ul class="hv-khoimuc-ds">'
                + "".join(f'<li><a href="{_link(s, c)}" title="{esc(s.title)}">{esc(s.title)}</a></li>' for s in rest)
                + f'</ul><p class="text-right"><a href="{cat_path(c)}">Xem thêm &raquo;</a></p></div>'
            )
        main = (
            '<div id="hv-tieudiem" class="carousel slide"><div class="hv-khoi-tieude"><span>Tin tiêu điểm</span></div>'
            f'<div class="carousel-inner">{slides}</div></div>' + "".join(blocks)
        )
    meta = (
        f'<meta name="description" content="Trang thông tin điện tử {esc(SITE_NAME)}, thành phố Đà Nẵng" />\n'
        f'<meta property="og:title" content="{esc(SITE_NAME)}" />\n'
        f'<link rel="canonical" href="{base_url(request)}/" />'
    )
    return page(request, theme, f"Tin tức - {SITE_NAME}", meta, crumbs, main)


def tag_page(request: Request, tag: str, theme: str) -> str:
    items = [s for s in NEWEST if tag in s.opts.get("tags", [])]
    name = TAGS[tag]
    item = _item_mob if theme == "m" else _item_desk
    main = f'<h1 class="h3">Từ khóa: {esc(name)}</h1>' + "".join(item(s, None) for s in items)
    return page(request, theme, f"{name} - Tin tức - PGD&ĐT Hòa Vang", '<meta name="robots" content="noindex" />', [("Tin tức", "/news/"), (name, f"/news/tag/{tag}")], main)


def rss(request: Request, cat: str | None) -> Response:
    base = base_url(request)
    items = cat_items(cat)[:PER_PAGE] if cat else NEWEST[:8]
    entries = []
    for s in items:
        added = _pub(s) - timedelta(hours=3 + s.id % 20)
        day = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][added.weekday()]
        when = f"{day}, {added:%d} {added:%b} {added:%Y %H:%M:%S} +0700"
        entries.append(
            f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
            f"<guid isPermaLink=\"false\">news_{s.id}</guid><description><![CDATA[{s.summary or ''}]]></description>"
            f"<pubDate>{when}</pubDate></item>"
        )
    title = CATS[cat] if cat else "Tin tức"
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{esc(title)} - PGD&amp;ĐT Hòa Vang</title><link>{base}/news/</link>"
        f"<description>{esc(SITE_NAME)}</description><language>vi</language><generator>NukeViet v4.4</generator>"
        + "".join(entries)
        + "</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- other modules (not articles) ----------------------------------------------------------------

_ABOUT_BODY = {
    "gioi-thieu-chung": [
        "Phòng Giáo dục và Đào tạo huyện Hòa Vang là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, "
        "tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn.",
        "Toàn huyện hiện có 61 trường mầm non, tiểu học và trung học cơ sở công lập với hơn 32.000 trẻ, "
        "học sinh và gần 2.400 cán bộ quản lý, giáo viên, nhân viên.",
        "Phòng có trụ sở tại Thôn Dương Lâm 1, xã Hòa Phong; gồm các bộ phận: Tổ Mầm non, Tổ Tiểu học, "
        "Tổ Trung học cơ sở, Tổ Tổ chức - Kế hoạch tài chính và Văn phòng.",
    ],
    "co-cau-to-chuc": [
        "Trưởng phòng | Bà Lê Thị Kim Oanh | Phụ trách chung",
        "Phó Trưởng phòng | Bà Phan Thị Hoài Thu | Phụ trách cấp THCS",
        "Phó Trưởng phòng | Ông Nguyễn Đình Thắng | Phụ trách cấp Tiểu học, Mầm non",
    ],
}


def about_page(request: Request, alias: str, theme: str) -> str:
    name = ABOUT[alias]
    rows = _ABOUT_BODY[alias]
    if alias == "co-cau-to-chuc":
        inner = (
            '<table class="table table-bordered"><thead><tr><th>Chức vụ</th><th>Họ và tên</th><th>Nhiệm vụ</th></tr></thead><tbody>'
            + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r.split(" | ")) + "</tr>" for r in rows)
            + "</tbody></table>"
        )
    else:
        inner = "".join(f"<p>{esc(p)}</p>" for p in rows)
    main = (
        f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(name)}</h1>'
        f'<div class="bodytext">{inner}</div><hr /><p class="text-right text-muted">Lượt xem: 3.{len(alias)}15</p></div></div>'
    )
    return page(request, theme, f"{name} - Giới thiệu - PGD&ĐT Hòa Vang", "", [("Giới thiệu", "/about/gioi-thieu-chung.html"), (name, f"/about/{alias}.html")], main)


def contact_page(request: Request, theme: str) -> str:
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="h3">Liên hệ</h1>
<p><strong>{esc(SITE_NAME)}</strong></p><p>{_FOOTER_ADDR}</p>
<form action="/contact/" method="post" class="form-horizontal">
<div class="form-group"><label>Bộ phận nhận</label><select name="fpart" class="form-control"><option value="1">Văn phòng</option><option value="2">Tổ Tiểu học</option><option value="3">Tổ THCS</option></select></div>
<div class="form-group"><label>Họ và tên</label><input type="text" name="fname" class="form-control" /></div>
<div class="form-group"><label>Email</label><input type="email" name="femail" class="form-control" /></div>
<div class="form-group"><label>Tiêu đề</label><input type="text" name="ftitle" class="form-control" /></div>
<div class="form-group"><label>Nội dung</label><textarea name="fcon" class="form-control" rows="6"></textarea></div>
<input type="hidden" name="checkss" value="8c1f0a2b" /><button type="submit" class="btn btn-primary">Gửi</button>
</form></div></div>"""
    return page(request, theme, "Liên hệ - PGD&ĐT Hòa Vang", "", [("Liên hệ", "/contact/")], main)


def laws_list(request: Request, theme: str) -> str:
    main = (
        '<h1 class="h3">Văn bản</h1><table class="table table-striped"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>'
        f'<tbody><tr><td>215/KH-PGDĐT</td><td>05/09/2026</td><td><a href="{LAW_PATH}">Kế hoạch thực hiện nhiệm vụ năm học 2026-2027 cấp THCS</a></td></tr></tbody></table>'
    )
    return page(request, theme, "Văn bản - PGD&ĐT Hòa Vang", "", [("Văn bản", "/laws/")], main)


def law_detail(request: Request, theme: str) -> str:
    main = """<div class="panel panel-default"><div class="panel-body">
<h1 class="h3">Kế hoạch thực hiện nhiệm vụ năm học 2026-2027 cấp THCS</h1>
<table class="table table-bordered"><tbody>
<tr><th>Số ký hiệu</th><td>215/KH-PGDĐT</td></tr>
<tr><th>Ngày ban hành</th><td>05/09/2026</td></tr>
<tr><th>Ngày hiệu lực</th><td>05/09/2026</td></tr>
<tr><th>Loại văn bản</th><td>Kế hoạch</td></tr>
<tr><th>Cơ quan ban hành</th><td>Phòng Giáo dục và Đào tạo</td></tr>
<tr><th>Người ký</th><td>Lê Thị Kim Oanh</td></tr>
<tr><th>Trích yếu</th><td>Kế hoạch thực hiện nhiệm vụ năm học 2026-2027 cấp trung học cơ sở trên địa bàn huyện Hòa Vang</td></tr>
</tbody></table>
<p><em class="fa fa-download"></em> Tải về: <a href="/uploads/laws/215-kh-pgddt.pdf">215-KH-PGDDT.pdf</a></p>
</div></div>"""
    return page(request, theme, "215/KH-PGDĐT - Văn bản - PGD&ĐT Hòa Vang", "", [("Văn bản", "/laws/"), ("215/KH-PGDĐT", LAW_PATH)], main)


def photos_list(request: Request, theme: str) -> str:
    main = (
        '<h1 class="h3">Thư viện ảnh</h1><div class="row"><div class="col-xs-12 col-md-8">'
        f'<a href="{ALBUM_PATH}"><img src="/uploads/photos/2026_11/hkpd-album-bia.jpg" alt="" width="240" class="img-thumbnail" /></a>'
        f'<p><a href="{ALBUM_PATH}">Hội khỏe Phù Đổng cấp huyện lần thứ XII</a> (12 ảnh)</p></div></div>'
    )
    return page(request, theme, "Thư viện ảnh - PGD&ĐT Hòa Vang", "", [("Thư viện ảnh", "/photos/")], main)


def album_page(request: Request, theme: str) -> str:
    pics = "".join(
        f'<div class="col-xs-6 col-md-4"><a href="/uploads/photos/2026_11/hkpd-{n:02d}.jpg" data-fancybox="album">'
        f'<img src="/uploads/photos/2026_11/hkpd-{n:02d}-thumb.jpg" alt="Ảnh {n}" class="img-thumbnail" /></a></div>'
        for n in range(1, 7)
    )
    main = (
        '<div class="album-detail"><h1 class="h3">Hội khỏe Phù Đổng cấp huyện lần thứ XII</h1>'
        '<p class="text-muted">Ngày đăng: 02/12/2026 - 12 ảnh</p>'
        f'<div class="row">{pics}</div></div>'
    )
    return page(request, theme, "Hội khỏe Phù Đổng cấp huyện lần thứ XII - Thư viện ảnh", "", [("Thư viện ảnh", "/photos/"), ("Hội khỏe Phù Đổng cấp huyện lần thứ XII", ALBUM_PATH)], main)


def seek_page(request: Request, theme: str) -> str:
    q = request.params.get("q", "")
    main = (
        '<h1 class="h3">Tìm kiếm</h1><form action="/seek/" method="get"><input type="text" name="q" '
        f'value="{esc(q)}" class="form-control" /><button type="submit" class="btn btn-primary">Tìm</button></form>'
        + ('<p class="text-muted">Không tìm thấy kết quả nào phù hợp.</p>' if q else "")
    )
    return page(request, theme, "Tìm kiếm - PGD&ĐT Hòa Vang", '<meta name="robots" content="noindex" />', [("Tìm kiếm", "/seek/")], main)


def sendmail_page(story: Story) -> str:
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>Gửi bài viết qua email</title></head><body>'
        f'<form method="post" class="sendmail"><p>Gửi bài viết: <strong>{esc(story.title)}</strong></p>'
        '<label>Tên của bạn <input type="text" name="name" /></label><br /><label>Email người nhận <input type="text" name="email" /></label><br />'
        '<textarea name="content" rows="4"></textarea><br /><button type="submit">Gửi</button></form></body></html>'
    )


# --- the site ------------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_AMP = re.compile(r"^/amp/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_LISTING = re.compile(r"^/news/([a-z0-9-]+)/(?:page-(\d+))?$")
_SENDMAIL = re.compile(r"^/news/sendmail/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_OP = re.compile(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)$")


def _header(request: Request, name: str) -> str:
    for key, value in request.headers.items():
        if key.lower() == name.lower():
            return value
    return ""


def theme_of(request: Request) -> str:
    """The theme NukeViet picks: the switch cookie first, then a mobile User-Agent."""
    cookie = re.search(THEME_COOKIE + r"=([md])\b", _header(request, "Cookie"))
    if cookie:
        return cookie.group(1)
    return "m" if re.search(r"Mobile|Android|iPhone", _header(request, "User-Agent")) else "d"


def _cookie(value: str) -> dict[str, str]:
    return {"Set-Cookie": f"{THEME_COOKIE}={value}; expires=Mon, 04-Jan-2027 00:00:00 GMT; path=/; HttpOnly"}


class NukeVietSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        set_cookie: dict[str, str] = {}
        theme = theme_of(request)
        switch = params.get("nvvithemever")
        if switch in ("m", "d"):
            theme = switch
            set_cookie = _cookie(switch)
            if _ARTICLE.match(path) or _LISTING.match(path) or path.startswith("/news/tag/"):
                return Response(301, b"", {"Location": path, **set_cookie})

        def ok(markup: str) -> Response:
            return html(markup, headers=dict(set_cookie))

        if path == "/index.php":
            return self._index_php(params)
        if path == "/":
            if params and not switch:
                return redirect("/", 301)
            return ok(home_page(request, theme, []))
        if path == "/news/":
            return ok(home_page(request, theme, [("Tin tức", "/news/")]))
        if path == "/news/rss/":
            return rss(request, None)
        m = re.match(r"^/news/rss/([a-z0-9-]+)/$", path)
        if m and m.group(1) in CATS:
            return rss(request, m.group(1))
        m = re.match(r"^/news/tag/([a-z0-9-]+)$", path)
        if m and m.group(1) in TAGS:
            return ok(tag_page(request, m.group(1), theme))
        m = _SENDMAIL.match(path)
        if m and int(m.group(3)) in BY_ID:
            return html(sendmail_page(BY_ID[int(m.group(3))]))
        m = _ARTICLE.match(path)
        if m:
            return self._article(request, m, theme, set_cookie)
        m = _AMP.match(path)
        if m:
            story = BY_ID.get(int(m.group(3)))
            if story and story.cat == m.group(1) and story.slug == m.group(2):
                return Response(200, amp_page(request, story), {"Content-Type": "text/html; charset=utf-8"})
            return None
        m = _LISTING.match(path)
        if m and m.group(1) in CATS:
            page_no = int(m.group(2) or 1)
            if m.group(2) == "1":
                return redirect(cat_path(m.group(1)), 301)
            if not 1 <= page_no <= cat_pages(m.group(1)):
                return None
            if request.query:
                return redirect(path, 301)
            return ok(listing_page(request, m.group(1), page_no, theme))
        m = re.match(r"^/about/([a-z0-9-]+)\.html$", path)
        if m and m.group(1) in ABOUT:
            return ok(about_page(request, m.group(1), theme))
        if path == "/contact/":
            return ok(contact_page(request, theme))
        if path == "/laws/":
            return ok(laws_list(request, theme))
        if path == LAW_PATH:
            return ok(law_detail(request, theme))
        if path == "/photos/":
            return ok(photos_list(request, theme))
        if path == ALBUM_PATH:
            return ok(album_page(request, theme))
        if path == "/seek/":
            return ok(seek_page(request, theme))
        return None

    def _index_php(self, params: dict[str, str]) -> Response | None:
        if params.get("nv") != "news":
            return redirect("/", 301) if not params.get("nv") else None
        op = params.get("op", "")
        m = _OP.match(op)
        if m:
            story = BY_ID.get(int(m.group(3)))
            if story and m.group(1) in [story.cat, *story.opts.get("extra_cats", [])]:
                return redirect(article_path(story, m.group(1)), 301)
            return None
        if op in CATS:
            return redirect(cat_path(op), 301)
        return redirect("/news/", 301) if not op else None

    def _article(self, request: Request, m: re.Match, theme: str, set_cookie: dict[str, str]) -> Response | None:
        cat, slug, sid = m.group(1), m.group(2), int(m.group(3))
        story = BY_ID.get(sid)
        if story is None or cat not in [story.cat, *story.opts.get("extra_cats", [])]:
            return None
        params = request.params
        if params.get("download") == "1":
            files = story.opts.get("files", [])
            n = params.get("id", "")
            if n.isdigit() and int(n) < len(files):
                name = files[int(n)][1]
                return Response(
                    200,
                    PDF,
                    {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="{name}"'},
                )
            return None
        if slug != story.slug or request.query:
            # NukeViet's detail.php: a request URI other than the rewritten one is sent there
            return Response(301, b"", {"Location": article_path(story, cat), **set_cookie})
        return html(article_page(request, story, cat, theme), headers=dict(set_cookie))


def build_site() -> NukeVietSite:
    return NukeVietSite()


GOLD = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat],
        canonical_path=article_path(s),
        alt_paths=[amp_path(s), *(article_path(s, c) for c in s.opts.get("extra_cats", []))],
    )
    for s in STORIES
]


def expected_text(markup: str) -> str:
    """Page text for the self-check: tags dropped (``<br>`` as a break), entities decoded, NFC."""
    no_tags = re.sub(r"<[^>]+>", " ", re.sub(r"<br\s*/?>", "\n", markup))
    return unicodedata.normalize("NFC", re.sub(r"[ \t\xa0]+", " ", _html.unescape(no_tags)))

