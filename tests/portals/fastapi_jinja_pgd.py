"""Phòng Giáo dục và Đào tạo thị xã Ba Đồn (Quảng Bình): a home-made FastAPI + Jinja2 site.

Platform
    Built in 2024 by the district's IT officer: FastAPI (uvicorn) behind nginx, Jinja2 templates,
    Bootstrap 5 + Bootstrap Icons, a Quill 2 editor in the admin form, Babel for the Vietnamese
    dates, PostgreSQL timestamps in UTC. A JSON API lives beside the HTML pages and the FastAPI
    docs (``/docs``, ``/openapi.json``) were left public. Listings paginate server-side by offset.

URL scheme
    ``/``                                   home: carousel, "Tin mới", category blocks, sidebars
    ``/bai-viet/<id>-<slug>``               article; the route parses the id and ignores the slug
    ``/chuyen-muc/<slug>?offset=<N>&limit=12``  category listing (``tat-ca`` = every article)
    ``/api/bai-viet?offset=<N>`` and ``/api/bai-viet/<id>``   JSON (not pages)
    ``/lich-cong-tac/<tuan>``               weekly work calendar, ``2026-W47`` … ``2026-W50``
    ``/gioi-thieu``, ``/lien-he``, ``/thu-vien-anh`` (+ ``/thu-vien-anh/<id>-<slug>`` albums)
    ``/tim-kiem?q=`` search (GET form), ``/binh-chon`` poll (POST, 303 back home)
    Any path with a trailing slash answers 307 to the path without it (FastAPI's
    ``redirect_slashes``); a bad ``offset``/``limit`` answers 422 with FastAPI's JSON detail.

Page templates
    ``base.html``: top bar with today's date ("Thứ Bảy, 05/12/2026"), navbar with drop-downs,
    footer (address, phone, e-mail, API links, visitor counter). Article: breadcrumb,
    ``<article class="bv">`` with ``<h1>``, a meta row (``<time>`` + posting account + views),
    the tóm tắt as ``<p class="lead">``, the Quill HTML in ``<div class="nd ql-editor">``, an
    attachment card, "Sửa lần cuối" line, share row, then "Bài viết cùng chuyên mục" — all inside
    the ``<article>``. Sidebar: "Đọc nhiều", "Thông báo mới", poll, links, counter.

How each gold article is reached
    Home "Tin mới" (six newest), home category blocks, the carousel (``?ref=trang-chu``), the
    "Đọc nhiều" sidebar, the category listings from the menu. 203 is on no home block: it is
    reached from the "Tin tức - Sự kiện" listing (menu drop-down) or the "cùng chuyên mục" lists;
    198 ("Tư liệu", a category in no menu) only on page 2 of ``/chuyen-muc/tat-ca``
    (``?offset=12&limit=12``), linked from the home's "Xem tất cả tin".

Traps
    1. Babel's Vietnamese "medium" datetime puts the time first and abbreviates the month:
       "14:30:00 3 thg 12, 2026" -> 2026-12-03T14:30:00+07:00 (day-first readers misparse it;
       "thg 12" is month 12, not a word). Listing cards print the "long" form "3 tháng 12, 2026".
    2. ``<time datetime>`` and ``article:published_time`` hold the PostgreSQL UTC value with
       microseconds ("2026-10-31T23:15:00.482913+00:00"); for 212, posted 06:15 on 01/11 local
       time, the UTC day is 31/10. Gold is the printed local time 2026-11-01T06:15:00+07:00.
    3. ``<title>`` and ``og:title`` are escaped twice (``{{ tieu_de|e }}`` under autoescape):
       "Phòng GD&amp;amp;ĐT …", "&amp;quot;Dạy học …&amp;quot;"; the ``<h1>`` is right. Gold
       title = the h1 ("Phòng GD&ĐT …", straight quotes kept).
    4. Quill 2 lists: bullets and numbers are both ``<ol>`` with ``<li data-list="bullet">`` /
       ``data-list="ordered"`` and an empty ``<span class="ql-ui">``; the marker is CSS. Gold:
       each item is a paragraph, no number or bullet added.
    5. No tóm tắt typed (221, 229): the template falls back to ``noi_dung|striptags|truncate``
       in the same ``<p class="lead">``: an auto-excerpt cut mid-sentence with "…". Gold: summary
       null, the body starts with the full first paragraph (for the notice the excerpt is even
       letterhead text).
    6. The slug is decoration: ``/bai-viet/216-<old slug>`` (the "Đọc nhiều" box caches the slug
       from before a title edit) and ``/bai-viet/208`` (bare id) serve the article; the carousel
       links ``?ref=trang-chu``. All carry ``<link rel="canonical">`` to the current slug; they
       are ``alt_paths``. Every listing card links each post twice (thumbnail and title).
    7. Captions are Quill paragraphs: ``<p class="ql-align-center"><em>…</em></p>`` right after
       ``<p class="ql-align-center"><img></p>`` (or a ``<picture>`` whose ``<source>`` is
       .webp). Gold: caption of the image, not body; image path = the ``<img src>`` (.jpg), not
       the webp. 228's line "Ảnh: Võ Thị Ngân" only credits -> caption None, photographer; 216's
       line in parentheses loses them.
    8. Quill spacers ``<p><br></p>`` between sections, and a paragraph split by ``<br>`` (Shift+
       Enter) -> two gold paragraphs; spacers are nothing.
    9. The meta row names the CMS account ("pgd.badon", "thcs.quanglong") -> nobody. The real
       author is a right-aligned bold line at the end of the Quill text ("Hoàng Minh Tuấn - Phòng
       GD&ĐT" -> Hoàng Minh Tuấn; "Tổ Chuyên môn THCS" signs alone -> as printed; "Tin, ảnh: Lê
       Thị Mai" -> author and photographer).
    10. "Bài viết cùng chuyên mục" (an ``<ol>`` of links with dates), the attachment card and
        "Sửa lần cuối: 09:10:00 4 thg 12, 2026" sit inside ``<article>`` after the text: not body,
        not the date.
    11. The JSON API (``/api/bai-viet?offset=N`` with ``next`` links, ``/api/bai-viet/<id>`` with
        the whole ``noi_dung_html``) and the Swagger page ``/docs`` are linked from the footer:
        not articles, and the API's ISO dates are UTC.
    12. An official notice pasted as HTML (229): letterhead table, "THÔNG BÁO / Về việc …",
        "Nơi nhận" and signer; gold date = letterhead day, author = signer.
    13. A post imported from the old site at midnight (205): "00:00:00 21 thg 10, 2026" -> the
        day alone "2026-10-21".
    14. Weekly calendars ``/lich-cong-tac/2026-W49`` print dated rows and prev/next week links,
        bounded to W47…W50 (no link past either end).

Gold decisions on ambiguous points
    - published_at: the meta row's printed local time; never the UTC attribute, the "Sửa lần cuối"
      line, the listing's long date or the header's today. The notice: the letterhead day.
    - summary: the tóm tắt when the editor typed one (then it is the body's first paragraph); the
      auto-excerpt is not a sapo.
    - images: the article photos in Quill text in order; the ``<img src>`` of a ``<picture>``.
    - source: "Nguồn: Báo Quảng Bình" -> "Báo Quảng Bình"; "Theo kế hoạch …" in 219 is body.
    - table rows (219's exam schedule) are paragraphs, cells joined by " | ".
    - the weekly calendars, intro, contact and the two albums are NON_ARTICLES; listings, the
      search page, ``/docs`` and the API are neither.
"""


from __future__ import annotations

import html as _h
import json
import re
from datetime import UTC, date, datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, collapse, esc, gold_record, static_file

NAME = "fastapi_jinja_pgd"
PLATFORM = "Home-made FastAPI + Jinja2 (Bootstrap 5, Quill 2, JSON API, offset pagination, nginx)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Phòng Giáo dục và Đào tạo thị xã Ba Đồn"
LIMIT = 12
VN = timezone(timedelta(hours=7))

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "cong-doan-doan-the": "Công đoàn - Đoàn thể",
    "thong-bao": "Thông báo",
    "tu-lieu": "Tư liệu",
    "tat-ca": "Tất cả bài viết",
}


def _byline(text_: str) -> Raw:
    return Raw(f'<p class="ql-align-right"><strong>{esc(text_)}</strong></p>')


_LETTERHEAD = (
    '<table style="width:100%;border-collapse:collapse;border:none"><tbody><tr>'
    '<td style="width:40%;text-align:center;vertical-align:top">'
    "<p>UBND THỊ XÃ BA ĐỒN<br><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></p>"
    "<p>Số: 412/TB-PGDĐT</p></td>"
    '<td style="width:60%;text-align:center;vertical-align:top">'
    "<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>"
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>"
    "<p><em>Ba Đồn, ngày 02 tháng 12 năm 2026</em></p></td></tr></tbody></table>"
    '<p><br></p><p class="ql-align-center"><strong>THÔNG BÁO</strong></p>'
    '<p class="ql-align-center"><strong>Về việc cho học sinh mầm non, tiểu học nghỉ học tránh rét</strong></p>'
    "<p><br></p>"
)
_CLOSING = (
    "<p><br></p>"
    '<table style="width:100%;border-collapse:collapse;border:none"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br>'
    "- Các trường MN, TH trên địa bàn;<br>- UBND thị xã (b/c);<br>- Lưu: VT.</p></td>"
    '<td style="width:50%;text-align:center;vertical-align:top"><p><strong>TRƯỞNG PHÒNG</strong></p>'
    "<p><em>(Đã ký)</em></p><p><br></p><p><strong>Trần Văn Hải</strong></p></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        231,
        "thi-xa-ba-don-to-chuc-hoi-thi-giao-vien-day-gioi-cap-thcs-nam-hoc-2026-2027",
        "Thị xã Ba Đồn tổ chức Hội thi giáo viên dạy giỏi cấp THCS năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-12-03T14:30:00+07:00",
        [
            P("Hội thi nhằm phát hiện, tuyên dương và tôn vinh những giáo viên có năng lực chuyên môn vững vàng, "
              "tạo cơ hội để đội ngũ giáo viên học hỏi, chia sẻ kinh nghiệm trong đổi mới phương pháp dạy học "
              "theo Chương trình giáo dục phổ thông 2018."),
            Img("/media/2026/12/hoi-thi-gvdg-thcs-1.jpg",
                "Quang cảnh lễ khai mạc Hội thi giáo viên dạy giỏi cấp THCS",
                "Quang cảnh lễ khai mạc Hội thi giáo viên dạy giỏi cấp THCS"),
            P("Các giáo viên dự thi phải trải qua hai phần thi:"),
            P("Trình bày biện pháp nâng cao chất lượng giảng dạy và giáo dục học sinh;", "bullet"),
            P("Thực hành dạy hai tiết trên lớp, trong đó một tiết do giáo viên tự chọn và một tiết bốc thăm.",
              "bullet"),
            P("Ban Giám khảo gồm các đồng chí là chuyên viên Phòng GD&ĐT, cán bộ quản lý và giáo viên cốt cán có "
              "nhiều kinh nghiệm. Qua các tiết dạy, nhiều giáo viên đã vận dụng linh hoạt các kỹ thuật dạy học "
              "tích cực, khai thác hiệu quả thiết bị dạy học và học liệu số."),
            Img("/media/2026/12/hoi-thi-gvdg-thcs-2.jpg",
                "Tiết dạy môn Khoa học tự nhiên của cô giáo Nguyễn Thị Hằng, Trường THCS Quảng Phong",
                "Tiết dạy môn Khoa học tự nhiên của cô giáo Nguyễn Thị Hằng, Trường THCS Quảng Phong"),
            P("Kết quả, Ban Tổ chức công nhận 61 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp thị xã, trong đó "
              "có 12 giáo viên được chọn tham dự Hội thi cấp tỉnh."),
            _byline("Hoàng Minh Tuấn - Phòng GD&ĐT"),
        ],
        authors=["Hoàng Minh Tuấn"],
        summary="Từ ngày 30/11 đến ngày 03/12/2026, Phòng GD&ĐT thị xã Ba Đồn tổ chức Hội thi giáo viên dạy giỏi "
        "cấp THCS năm học 2026-2027 với sự tham gia của 86 giáo viên đến từ 16 trường trong toàn thị xã.",
        sapo_outside=True,
        opts={"posted": (2026, 12, 3, 14, 30), "updated": (2026, 12, 4, 9, 10), "ref": True},
    ),
    Story(
        229,
        "thong-bao-ve-viec-cho-hoc-sinh-mam-non-tieu-hoc-nghi-hoc-tranh-ret",
        "Thông báo về việc cho học sinh mầm non, tiểu học nghỉ học tránh rét",
        "thong-bao",
        "2026-12-02",
        [
            Raw(_LETTERHEAD),
            P("Căn cứ Công văn số 2150/SGDĐT-CTTT ngày 01/12/2026 của Sở Giáo dục và Đào tạo Quảng Bình về việc "
              "hướng dẫn cho học sinh nghỉ học khi thời tiết rét đậm, rét hại;"),
            P("Căn cứ dự báo của Trung tâm Khí tượng Thủy văn tỉnh Quảng Bình, nhiệt độ trung bình ngày tại thị xã "
              "Ba Đồn xuống dưới 10 độ C;"),
            P("Phòng Giáo dục và Đào tạo thị xã Ba Đồn thông báo:"),
            P("1. Học sinh mầm non và tiểu học trên địa bàn thị xã được nghỉ học các ngày 03 và 04/12/2026."),
            P("2. Các nhà trường thông báo kịp thời đến cha mẹ học sinh, bố trí cán bộ, giáo viên trực để tiếp nhận "
              "trẻ khi gia đình có nhu cầu gửi; xây dựng kế hoạch dạy bù bảo đảm chương trình năm học."),
            P("3. Cán bộ quản lý, giáo viên, nhân viên vẫn làm việc bình thường."),
            P("Nhận được Thông báo này, yêu cầu Hiệu trưởng các trường mầm non, tiểu học nghiêm túc triển khai "
              "thực hiện./."),
            Raw(_CLOSING),
        ],
        authors=["Trần Văn Hải"],
        opts={
            "posted": (2026, 12, 2, 17, 20),
            "files": [("412-TB-PGDDT-nghi-hoc-tranh-ret.pdf", "/tep/57/412-TB-PGDDT-nghi-hoc-tranh-ret.pdf")],
        },
    ),
    Story(
        228,
        "sinh-hoat-chuyen-de-day-hoc-theo-huong-phat-trien-nang-luc-mon-toan-cap-tieu-hoc",
        'Sinh hoạt chuyên đề "Dạy học theo hướng phát triển năng lực" môn Toán cấp tiểu học',
        "hoat-dong-chuyen-mon",
        "2026-11-28T10:15:00+07:00",
        [
            P("Chuyên đề tập trung vào việc tổ chức các hoạt động học tập giúp học sinh hình thành năng lực tư duy "
              "và lập luận toán học, năng lực giải quyết vấn đề thông qua các tình huống gắn với thực tiễn."),
            P("Hai tiết dạy minh họa", "h2"),
            P('Cô giáo Phan Thị Lan dạy bài "Phép chia phân số" ở lớp 5A; thầy giáo Đặng Văn Hùng dạy bài '
              '"Đo góc. Đơn vị đo góc" ở lớp 4B.'),
            Img("/media/2026/11/chuyen-de-toan-th-1.jpg", "Ảnh: Võ Thị Ngân", None),
            P("Thảo luận, rút kinh nghiệm", "h2"),
            P("Các đại biểu đã phân tích tiết dạy theo hướng nghiên cứu bài học, tập trung vào hoạt động của học "
              "sinh:"),
            P("Học sinh có được tạo cơ hội để nêu cách làm của mình hay không;", "ordered"),
            P("Giáo viên có sử dụng hiệu quả đồ dùng trực quan, phiếu học tập hay không;", "ordered"),
            P("Việc đánh giá có giúp học sinh tự điều chỉnh cách học hay không.", "ordered"),
            P("Kết thúc buổi sinh hoạt, lãnh đạo Phòng đề nghị các trường tiếp tục tổ chức sinh hoạt chuyên môn "
              "theo nghiên cứu bài học ở cấp tổ, cấp trường."),
            _byline("ThS. Võ Thị Ngân"),
        ],
        authors=["Võ Thị Ngân"],
        photographers=["Võ Thị Ngân"],
        summary="Ngày 27/11/2026, tại Trường Tiểu học số 1 Quảng Thuận, Phòng GD&ĐT tổ chức sinh hoạt chuyên đề "
        "môn Toán cho giáo viên dạy lớp 4, lớp 5 các trường tiểu học trên địa bàn thị xã.",
        sapo_outside=True,
        opts={"posted": (2026, 11, 28, 10, 15), "ref": True},
    ),
    Story(
        226,
        "cong-doan-nganh-giao-duc-thi-xa-huong-ung-thang-hanh-dong-vi-binh-dang-gioi",
        "Công đoàn ngành Giáo dục thị xã hưởng ứng Tháng hành động vì bình đẳng giới",
        "cong-doan-doan-the",
        "2026-11-25T08:00:00+07:00",
        [
            P("Ngay từ đầu tháng 11, Ban Thường vụ Công đoàn ngành đã ban hành kế hoạch, chỉ đạo công đoàn cơ sở "
              "treo băng rôn, khẩu hiệu và lồng ghép nội dung tuyên truyền vào các buổi sinh hoạt chuyên môn."),
            P('Điểm nhấn của tháng hành động là buổi nói chuyện chuyên đề "Bình đẳng giới trong gia đình và nhà '
              'trường" với hơn 200 đoàn viên tham dự.', "br"),
            P("Báo cáo viên đã chia sẻ nhiều câu chuyện thực tế, giúp đoàn viên nhận diện các biểu hiện bất bình "
              "đẳng giới thường gặp."),
            Img("/media/2026/11/binh-dang-gioi-1.jpg",
                "Đoàn viên công đoàn tham gia buổi nói chuyện chuyên đề",
                "Đoàn viên công đoàn tham gia buổi nói chuyện chuyên đề"),
            P("Dịp này, Công đoàn ngành cũng trao 15 suất quà cho nữ đoàn viên có hoàn cảnh khó khăn, mỗi suất trị "
              "giá 1.000.000 đồng."),
            _byline("Tin, ảnh: Lê Thị Mai"),
        ],
        authors=["Lê Thị Mai"],
        photographers=["Lê Thị Mai"],
        summary="Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới "
        "năm 2026, Công đoàn ngành Giáo dục thị xã Ba Đồn đã tổ chức nhiều hoạt động thiết thực.",
        sapo_outside=True,
        opts={"posted": (2026, 11, 25, 8, 0), "account": "congdoan.gd"},
    ),
    Story(
        224,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "tin-tuc-su-kien",
        "2026-11-20T14:45:00+07:00",
        [
            P("Dự buổi lễ có đồng chí Phó Chủ tịch UBND thị xã, đại diện các phòng, ban, ngành cùng đông đảo cán "
              "bộ quản lý, giáo viên các trường trên địa bàn."),
            Img("/media/2026/11/le-20-11-1.jpg",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "picture"),
            P("Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND thị xã ghi nhận những đóng góp của đội ngũ nhà "
              "giáo trong sự nghiệp giáo dục của địa phương:"),
            P("Mỗi thầy giáo, cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi "
              "theo.", "quote"),
            Img("/media/2026/11/le-20-11-2.jpg",
                "Trao Giấy khen cho các nhà giáo tiêu biểu năm học 2025-2026",
                "Trao Giấy khen cho các nhà giáo tiêu biểu năm học 2025-2026", "picture"),
            P("Nhân dịp này, UBND thị xã đã tặng Giấy khen cho 35 nhà giáo có thành tích xuất sắc trong năm học "
              "2025-2026."),
            _byline("Hoàng Minh Tuấn"),
        ],
        authors=["Hoàng Minh Tuấn"],
        summary="Sáng 20/11/2026, Phòng GD&ĐT thị xã Ba Đồn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu.",
        sapo_outside=True,
        opts={"posted": (2026, 11, 20, 14, 45), "ref": True},
    ),
    Story(
        221,
        "tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien-thcs",
        "Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên THCS",
        "hoat-dong-chuyen-mon",
        "2026-11-17T16:20:00+07:00",
        [
            P("Trong hai ngày 15 và 16/11/2026, Phòng GD&ĐT thị xã Ba Đồn phối hợp với Trung tâm Giáo dục nghề "
              "nghiệp - Giáo dục thường xuyên thị xã tổ chức lớp tập huấn ứng dụng trí tuệ nhân tạo (AI) trong "
              "soạn giảng cho 120 giáo viên THCS."),
            P("Nội dung tập huấn gồm:"),
            P("Giới thiệu một số công cụ AI hỗ trợ thiết kế kế hoạch bài dạy, câu hỏi kiểm tra;", "ordered"),
            P("Thực hành xây dựng học liệu số, bài giảng điện tử có sự hỗ trợ của AI;", "ordered"),
            P("Những lưu ý về bản quyền, bảo mật dữ liệu học sinh khi sử dụng AI.", "ordered"),
            Img("/media/2026/11/tap-huan-ai-1.jpg",
                "Giáo viên thực hành trên máy tính tại phòng tin học",
                "Giáo viên thực hành trên máy tính tại phòng tin học"),
            P("Sau tập huấn, mỗi giáo viên hoàn thành một sản phẩm là kế hoạch bài dạy có ứng dụng AI và nộp về "
              "Phòng qua hệ thống quản lý học tập trực tuyến."),
            _byline("Nguyễn Thị Thu Hà - Trường THCS Quảng Long"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"posted": (2026, 11, 17, 16, 20), "account": "thcs.quanglong"},
    ),
    Story(
        219,
        "ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-thi-xa-nam-hoc-2026-2027",
        "Kế hoạch tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026-2027",
        "thong-bao",
        "2026-11-12T09:30:00+07:00",
        [
            P("Theo kế hoạch, kỳ thi được tổ chức trong hai ngày 10 và 11/12/2026 tại Trường THCS Ba Đồn, gồm 9 "
              "môn thi: Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí và Tin học."),
            P("Lịch thi cụ thể", "h3"),
            P("Ngày | Buổi | Môn thi | Thời gian làm bài", "rowh"),
            P("10/12/2026 | Sáng | Toán, Ngữ văn, Tiếng Anh | 150 phút", "row"),
            P("10/12/2026 | Chiều | Vật lí, Hóa học, Sinh học | 150 phút", "row"),
            P("11/12/2026 | Sáng | Lịch sử, Địa lí, Tin học | 150 phút", "row"),
            P("Các trường lập danh sách học sinh dự thi và gửi về Phòng GD&ĐT (qua bộ phận chuyên môn THCS) trước "
              "ngày 30/11/2026. Học sinh dự thi mang theo thẻ học sinh hoặc căn cước."),
            _byline("Tổ Chuyên môn THCS"),
        ],
        authors=["Tổ Chuyên môn THCS"],
        summary="Phòng GD&ĐT thị xã Ba Đồn thông báo kế hoạch tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã "
        "năm học 2026-2027 đến các trường THCS trên địa bàn.",
        sapo_outside=True,
        opts={
            "posted": (2026, 11, 12, 9, 30),
            "files": [("KH-thi-HSG-lop-9-2026-2027.pdf", "/tep/54/KH-thi-HSG-lop-9-2026-2027.pdf")],
        },
    ),
    Story(
        216,
        "truong-tieu-hoc-so-2-quang-tho-ra-quan-huong-ung-thang-an-toan-giao-thong-cho-hoc-sinh",
        "Trường Tiểu học số 2 Quảng Thọ ra quân hưởng ứng Tháng an toàn giao thông cho học sinh",
        "tin-tuc-su-kien",
        "2026-11-06T07:50:00+07:00",
        [
            P("Tại buổi lễ, cán bộ Công an phường đã hướng dẫn học sinh các quy tắc cơ bản khi tham gia giao thông: "
              "đi bộ đúng phần đường, đội mũ bảo hiểm đạt chuẩn khi ngồi trên xe mô tô, xe gắn máy, không đùa "
              "nghịch dưới lòng đường."),
            Img("/media/2026/11/atgt-quang-tho-1.jpg",
                "(Học sinh thực hành đội mũ bảo hiểm đúng cách)",
                "Học sinh thực hành đội mũ bảo hiểm đúng cách"),
            P('Nhà trường cũng phát động cuộc thi vẽ tranh "Em với an toàn giao thông" và tặng 50 mũ bảo hiểm cho '
              "học sinh có hoàn cảnh khó khăn."),
            Raw('<p class="ql-align-right"><em>Nguồn: Trường Tiểu học số 2 Quảng Thọ</em></p>'),
        ],
        source="Trường Tiểu học số 2 Quảng Thọ",
        summary="Sáng 05/11/2026, Trường Tiểu học số 2 Quảng Thọ phối hợp với Công an phường Quảng Thọ tổ chức lễ "
        "ra quân hưởng ứng Tháng an toàn giao thông cho học sinh.",
        sapo_outside=True,
        opts={
            "posted": (2026, 11, 6, 7, 50),
            "old_slug": "truong-th-so-2-quang-tho-ra-quan-an-toan-giao-thong",
        },
    ),
    Story(
        212,
        "doan-thanh-nien-nganh-giao-duc-ra-quan-ngay-chu-nhat-xanh",
        "Đoàn Thanh niên ngành Giáo dục ra quân Ngày Chủ nhật xanh",
        "cong-doan-doan-the",
        "2026-11-01T06:15:00+07:00",
        [
            P("Các đoàn viên chia thành nhiều nhóm, dọn vệ sinh khuôn viên trường học, phát quang bụi rậm, khơi "
              "thông cống rãnh và trồng mới 300 cây xanh tại các trường mầm non, tiểu học ở xã Quảng Sơn, Quảng "
              "Thủy."),
            P("Hoạt động góp phần nâng cao ý thức bảo vệ môi trường của đoàn viên, học sinh, tạo cảnh quan sạch "
              "đẹp trước mùa mưa bão."),
            Img("/media/2026/11/chu-nhat-xanh-1.jpg",
                "Đoàn viên trồng cây xanh tại Trường Mầm non Quảng Sơn",
                "Đoàn viên trồng cây xanh tại Trường Mầm non Quảng Sơn"),
            _byline("Trương Quang Vinh"),
        ],
        authors=["Trương Quang Vinh"],
        summary="Sáng 01/11/2026, hơn 150 đoàn viên thanh niên ngành Giáo dục thị xã Ba Đồn đã ra quân hưởng ứng "
        'Ngày Chủ nhật xanh với chủ đề "Trường học xanh - sạch - đẹp".',
        sapo_outside=True,
        opts={"posted": (2026, 11, 1, 6, 15), "account": "doanthanhnien.gd"},
    ),
    Story(
        208,
        "hoi-thao-nang-cao-chat-luong-day-hoc-tieng-anh-cap-tieu-hoc",
        "Hội thảo nâng cao chất lượng dạy học Tiếng Anh cấp tiểu học",
        "hoat-dong-chuyen-mon",
        "2026-10-27T15:00:00+07:00",
        [
            P("Hội thảo thu hút 45 giáo viên Tiếng Anh và cán bộ quản lý các trường tiểu học. Các ý kiến tham luận "
              "tập trung vào ba nội dung chính."),
            P("Phát triển kỹ năng nghe, nói cho học sinh", "h2"),
            P("Nhiều giáo viên chia sẻ cách tổ chức trò chơi, bài hát, câu lạc bộ Tiếng Anh giúp học sinh mạnh dạn "
              "giao tiếp."),
            P("Khai thác học liệu số", "h2"),
            P("Việc sử dụng sách điện tử, phần mềm luyện phát âm giúp học sinh tự học ở nhà hiệu quả hơn."),
            P("Học sinh chỉ thật sự yêu thích môn học khi được sử dụng ngôn ngữ trong những tình huống gần gũi với "
              "cuộc sống.", "quote"),
            P("Phòng GD&ĐT đề nghị các trường đưa các giải pháp hay vào sinh hoạt tổ chuyên môn trong học kỳ I."),
            _byline("CN. Đinh Thị Phương Thảo"),
        ],
        authors=["Đinh Thị Phương Thảo"],
        summary="Ngày 26/10/2026, Phòng GD&ĐT thị xã Ba Đồn tổ chức hội thảo nâng cao chất lượng dạy học Tiếng Anh "
        "cấp tiểu học tại Trường Tiểu học Quảng Phong.",
        sapo_outside=True,
        opts={"posted": (2026, 10, 27, 15, 0), "bare": True},
    ),
    Story(
        205,
        "thong-bao-tuyen-dung-nhan-vien-hop-dong-ho-tro-phuc-vu-giao-duc-nam-2026",
        "Thông báo tuyển dụng nhân viên hợp đồng hỗ trợ phục vụ giáo dục năm 2026",
        "thong-bao",
        "2026-10-21",
        [
            P("Vị trí và số lượng", "h3"),
            P("Nhân viên kế toán: 03 người;", "bullet"),
            P("Nhân viên thư viện - thiết bị: 03 người;", "bullet"),
            P("Nhân viên y tế học đường: 02 người.", "bullet"),
            P("Hồ sơ và thời gian nhận hồ sơ", "h3"),
            P("Hồ sơ nộp trực tiếp tại Phòng GD&ĐT thị xã (Bộ phận Tổ chức cán bộ) từ ngày 22/10/2026 đến hết "
              "ngày 05/11/2026, trong giờ hành chính."),
            P("Mọi chi tiết xin liên hệ số điện thoại 0232.3512.345 để được hướng dẫn."),
        ],
        summary="Phòng GD&ĐT thị xã Ba Đồn thông báo nhu cầu tuyển dụng 08 nhân viên hợp đồng làm công việc hỗ "
        "trợ, phục vụ tại các trường mầm non, tiểu học công lập trên địa bàn.",
        sapo_outside=True,
        opts={
            "posted": (2026, 10, 21, 0, 0),
            "files": [("Mau-ho-so-du-tuyen-2026.pdf", "/tep/49/Mau-ho-so-du-tuyen-2026.pdf")],
        },
    ),
    Story(
        203,
        "phong-gd-dt-trien-khai-nhiem-vu-nam-hoc-2026-2027-doi-voi-giao-duc-mam-non",
        "Phòng GD&ĐT triển khai nhiệm vụ năm học 2026-2027 đối với giáo dục mầm non",
        "tin-tuc-su-kien",
        "2026-10-14T10:40:00+07:00",
        [
            P("Năm học 2025-2026, giáo dục mầm non thị xã đạt nhiều kết quả nổi bật: tỷ lệ huy động trẻ mẫu giáo ra "
              "lớp đạt 99,6%, 100% trẻ được học 2 buổi/ngày, tỷ lệ trẻ suy dinh dưỡng giảm còn 3,1%."),
            P("Năm học mới, ngành tập trung thực hiện các nhiệm vụ trọng tâm:"),
            P("Duy trì phổ cập giáo dục mầm non cho trẻ em 5 tuổi, chuẩn bị các điều kiện phổ cập cho trẻ 3 - 4 "
              "tuổi;", "bullet"),
            P("Đẩy mạnh xây dựng trường mầm non lấy trẻ làm trung tâm;", "bullet"),
            P("Tăng cường kiểm tra công tác bảo đảm an toàn thực phẩm trong bếp ăn bán trú.", "bullet"),
            Img("/media/2026/10/hoi-nghi-mam-non-1.jpg",
                "Hội nghị triển khai nhiệm vụ năm học giáo dục mầm non",
                "Hội nghị triển khai nhiệm vụ năm học giáo dục mầm non"),
            Raw('<p class="ql-align-right"><strong>Nguồn: Báo Quảng Bình</strong></p>'),
        ],
        source="Báo Quảng Bình",
        summary="Ngày 13/10/2026, Phòng GD&ĐT thị xã Ba Đồn tổ chức hội nghị triển khai nhiệm vụ năm học 2026-2027 "
        "đối với giáo dục mầm non cho hiệu trưởng, phó hiệu trưởng 22 trường mầm non.",
        sapo_outside=True,
        opts={"posted": (2026, 10, 14, 10, 40)},
    ),
    Story(
        198,
        "tu-lieu-chang-duong-phat-trien-cua-nganh-giao-duc-thi-xa-ba-don",
        "Tư liệu: Chặng đường phát triển của ngành Giáo dục thị xã Ba Đồn",
        "tu-lieu",
        "2026-10-05T08:20:00+07:00",
        [
            P("Những ngày đầu thành lập", "h2"),
            P("Năm 2013, thị xã có 49 trường học với gần 21.000 học sinh; nhiều phòng học tạm, thiếu thiết bị dạy "
              "học."),
            P("Mười năm đổi mới", "h2"),
            P("Sau hơn mười năm, toàn thị xã có 45 trường đạt chuẩn quốc gia, tỷ lệ phòng học kiên cố đạt 96%. "
              "Nhiều học sinh đạt giải cao trong các kỳ thi học sinh giỏi cấp tỉnh, cấp quốc gia."),
            Img("/media/2026/10/tu-lieu-truong-thcs-ba-don.jpg",
                "Trường THCS Ba Đồn, một trong những trường đạt chuẩn quốc gia đầu tiên của thị xã",
                "Trường THCS Ba Đồn, một trong những trường đạt chuẩn quốc gia đầu tiên của thị xã"),
            P("Chặng đường đã qua là nền tảng để ngành tiếp tục thực hiện thắng lợi mục tiêu đổi mới căn bản, toàn "
              "diện giáo dục và đào tạo."),
            _byline("Ban biên tập"),
        ],
        summary="Từ khi thị xã Ba Đồn được thành lập năm 2013, ngành Giáo dục thị xã không ngừng phát triển cả về "
        "quy mô, chất lượng và cơ sở vật chất.",
        sapo_outside=True,
        opts={"posted": (2026, 10, 5, 8, 20)},
    ),
]
BY_ID = {s.id: s for s in STORIES}


# --- how the templates print things ---------------------------------------------------------


def _posted(s: Story) -> datetime:
    return datetime(*s.opts["posted"], tzinfo=VN)


def _medium(dt: datetime) -> str:
    """Babel ``format_datetime(dt, 'medium', locale='vi')``: time first, "thg" month."""
    return f"{dt:%H:%M:%S} {dt.day} thg {dt.month}, {dt.year}"


def _long(dt: datetime) -> str:
    """Babel ``format_date(dt, 'long', locale='vi')``."""
    return f"{dt.day} tháng {dt.month}, {dt.year}"


def _utc(s: Story) -> str:
    """The PostgreSQL timestamptz as FastAPI's JSON encoder and ``.isoformat()`` print it."""
    moment = _posted(s).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{(s.id * 7919) % 1000000:06d}+00:00"


def _url(s: Story) -> str:
    return f"/bai-viet/{s.id}-{s.slug}"


def _img(b: Img) -> str:
    if b.style == "picture":
        webp = b.src.rsplit(".", 1)[0] + ".webp"
        pic = (
            f'<picture><source type="image/webp" srcset="{esc(webp)}">'
            f'<img src="{esc(b.src)}" alt="{esc(b.printed or "")}" loading="lazy" width="800" height="533"></picture>'
        )
    else:
        pic = f'<img src="{esc(b.src)}">'
    out = f'<p class="ql-align-center">{pic}</p>'
    if b.printed:
        out += f'<p class="ql-align-center"><em>{esc(b.printed)}</em></p>'
    return out


def _quill(s: Story) -> str:
    """The Quill 2 HTML the admin form saved (``bai.noi_dung``, printed with ``|safe``)."""
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img(b))
            i += 1
            continue
        style = b.style
        if style in ("bullet", "ordered"):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("bullet", "ordered"):
                item = blocks[i]
                items.append(
                    f'<li data-list="{item.style}"><span class="ql-ui" contenteditable="false"></span>'
                    f"{esc(item.text)}</li>"
                )
                i += 1
            out.append("<ol>" + "".join(items) + "</ol>")
            continue
        if style in ("row", "rowh"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("row", "rowh"):
                row = blocks[i]
                cells = [esc(c.strip()) for c in row.text.split(" | ")]
                if row.style == "rowh":
                    rows.append("<tr>" + "".join(f"<td><strong>{c}</strong></td>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
                i += 1
            out.append('<table class="table table-bordered table-sm"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        if style == "br":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P):
                parts.append(esc(blocks[i].text))
                i += 1
                if blocks[i - 1].style != "br":
                    break
            out.append('<p class="ql-align-justify">' + "<br>".join(parts) + "</p>")
            continue
        if style in ("h2", "h3"):
            out.append(f"<p><br></p><{style}>{esc(b.text)}</{style}>")
        elif style == "quote":
            out.append(f"<blockquote>{esc(b.text)}</blockquote>")
        else:
            out.append(f'<p class="ql-align-justify">{esc(b.text)}</p>')
        i += 1
    return "".join(out)


_TAG = re.compile(r"<[^>]+>")


def _striptags(markup: str) -> str:
    return collapse(_h.unescape(_TAG.sub(" ", markup)))


def _truncate(value: str, length: int) -> str:
    """Jinja's ``truncate(length)``: cut on a word, end with "..." (leeway 5)."""
    if len(value) <= length + 5:
        return value
    return value[: length - 3].rsplit(" ", 1)[0] + "..."


def _lead(s: Story) -> str:
    """``{{ bai.tom_tat or (bai.noi_dung|striptags|truncate(200)) }}``."""
    return s.summary or _truncate(_striptags(_quill(s)), 200)


def _in_cat(slug: str) -> list[Story]:
    return [s for s in STORIES if slug == "tat-ca" or s.cat == slug]


# --- chrome ---------------------------------------------------------------------------------

_NAV = (
    '<nav class="navbar navbar-expand-lg navbar-dark bg-primary sticky-top"><div class="container">'
    '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mnu">'
    '<span class="navbar-toggler-icon"></span></button>'
    '<div class="collapse navbar-collapse" id="mnu"><ul class="navbar-nav me-auto">'
    '<li class="nav-item"><a class="nav-link" href="/"><i class="bi bi-house-door-fill"></i> Trang chủ</a></li>'
    '<li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li>'
    '<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" '
    'data-bs-toggle="dropdown" aria-expanded="false">Tin tức</a><ul class="dropdown-menu">'
    '<li><a class="dropdown-item" href="/chuyen-muc/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>'
    '<li><a class="dropdown-item" href="/chuyen-muc/hoat-dong-chuyen-mon">Hoạt động chuyên môn</a></li>'
    '<li><a class="dropdown-item" href="/chuyen-muc/cong-doan-doan-the">Công đoàn - Đoàn thể</a></li>'
    "</ul></li>"
    '<li class="nav-item"><a class="nav-link" href="/chuyen-muc/thong-bao">Thông báo</a></li>'
    '<li class="nav-item"><a class="nav-link" href="/lich-cong-tac/2026-W49">Lịch công tác</a></li>'
    '<li class="nav-item"><a class="nav-link" href="/thu-vien-anh">Thư viện ảnh</a></li>'
    '<li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>'
    "</ul>"
    '<form class="d-flex" role="search" method="get" action="/tim-kiem">'
    '<input class="form-control form-control-sm me-2" type="search" name="q" placeholder="Tìm kiếm..." '
    'aria-label="Tìm kiếm"><button class="btn btn-sm btn-light" type="submit"><i class="bi bi-search"></i>'
    "</button></form></div></div></nav>"
)


def _sidebar() -> str:
    old = BY_ID[216]
    doc_nhieu = [
        (f"/bai-viet/216-{old.opts['old_slug']}", old.title),
        (_url(BY_ID[224]), BY_ID[224].title),
        ("/bai-viet/208", BY_ID[208].title),
        (_url(BY_ID[212]), BY_ID[212].title),
        (_url(BY_ID[231]), BY_ID[231].title),
    ]
    items = "".join(
        f'<li class="list-group-item px-0"><span class="badge text-bg-warning me-1">{n}</span>'
        f'<a class="link-body-emphasis text-decoration-none" href="{esc(h)}">{esc(t)}</a></li>'
        for n, (h, t) in enumerate(doc_nhieu, 1)
    )
    tb = "".join(
        f'<li class="mb-2"><i class="bi bi-megaphone text-danger"></i> <a href="{_url(s)}">{esc(s.title)}</a></li>'
        for s in _in_cat("thong-bao")
    )
    return (
        '<aside class="col-lg-4"><div class="card mb-3"><div class="card-header fw-bold bg-primary-subtle">'
        '<i class="bi bi-fire"></i> Đọc nhiều</div><div class="card-body py-1"><ul class="list-group '
        f'list-group-flush small">{items}</ul></div></div>'
        '<div class="card mb-3"><div class="card-header fw-bold bg-danger-subtle">Thông báo mới</div>'
        f'<div class="card-body small"><ul class="list-unstyled mb-0">{tb}</ul></div></div>'
        '<div class="card mb-3"><div class="card-header fw-bold">Thăm dò ý kiến</div><div class="card-body small">'
        '<form method="post" action="/binh-chon"><p>Bạn đánh giá thế nào về cổng thông tin mới?</p>'
        '<div class="form-check"><input class="form-check-input" type="radio" name="y_kien" value="1" id="yk1">'
        '<label class="form-check-label" for="yk1">Rất hữu ích</label></div>'
        '<div class="form-check"><input class="form-check-input" type="radio" name="y_kien" value="2" id="yk2">'
        '<label class="form-check-label" for="yk2">Hữu ích</label></div>'
        '<div class="form-check"><input class="form-check-input" type="radio" name="y_kien" value="3" id="yk3">'
        '<label class="form-check-label" for="yk3">Cần cải thiện</label></div>'
        '<button class="btn btn-sm btn-primary mt-2" type="submit">Bình chọn</button></form></div></div>'
        '<div class="card mb-3"><div class="card-header fw-bold">Liên kết</div><div class="card-body small">'
        '<ul class="list-unstyled mb-0"><li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://sgddt.quangbinh.gov.vn" target="_blank">Sở GD&amp;ĐT Quảng Bình</a></li>'
        '<li><a href="https://badon.quangbinh.gov.vn" target="_blank">Cổng TTĐT thị xã Ba Đồn</a></li>'
        '<li><a href="https://csdl.moet.gov.vn" target="_blank">Cơ sở dữ liệu ngành</a></li></ul></div></div>'
        '<div class="card mb-3"><div class="card-header fw-bold">Thống kê truy cập</div>'
        '<div class="card-body small"><div>Đang online: <b>23</b></div><div>Hôm nay: <b>412</b></div>'
        "<div>Tổng truy cập: <b>1.284.337</b></div></div></div></aside>"
    )


def _page(request: Request, title: str, main: str, *, head: str = "", sidebar: bool = True) -> Response:
    body = main if not sidebar else f'<div class="col-lg-8">{main}</div>{_sidebar()}'
    page = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title} | PGD&amp;ĐT Ba Đồn</title>{head}"
        '<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">'
        '<link href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css" rel="stylesheet">'
        '<link href="/static/css/app.css?v=20241015" rel="stylesheet">'
        '<link rel="icon" href="/static/img/favicon.png"></head><body>'
        '<div class="bg-light border-bottom small py-1"><div class="container d-flex justify-content-between">'
        f'<span><i class="bi bi-calendar-event"></i> {HEADER_TODAY}</span>'
        '<span><i class="bi bi-telephone"></i> 0232.3512.345 &middot; '
        '<i class="bi bi-envelope"></i> pgd.badon@quangbinh.edu.vn</span></div></div>'
        '<header class="container py-3 d-flex align-items-center gap-3">'
        '<a href="/"><img src="/static/img/logo-pgd.png" alt="Logo" height="72"></a>'
        '<div><div class="text-uppercase small text-danger fw-semibold">UBND thị xã Ba Đồn</div>'
        f'<div class="h4 text-primary fw-bold text-uppercase mb-0">{SITE}</div></div></header>'
        f'{_NAV}<main class="container my-4"><div class="row g-4">{body}</div></main>'
        '<footer class="bg-primary text-white pt-4 pb-2 mt-4"><div class="container"><div class="row">'
        f'<div class="col-md-7"><div class="fw-bold text-uppercase">{SITE}</div>'
        "<div>Địa chỉ: Số 30 đường Hùng Vương, phường Ba Đồn, thị xã Ba Đồn, tỉnh Quảng Bình</div>"
        "<div>Điện thoại: 0232.3512.345 - Email: pgd.badon@quangbinh.edu.vn</div>"
        "<div>Chịu trách nhiệm chính: Trưởng phòng Trần Văn Hải</div></div>"
        '<div class="col-md-5 small"><ul class="list-unstyled">'
        '<li><a class="link-light" href="/api/bai-viet?offset=0">API dữ liệu mở (JSON)</a></li>'
        '<li><a class="link-light" href="/docs">Tài liệu API</a></li>'
        '<li><a class="link-light" href="https://www.facebook.com/pgdbadon" target="_blank">Fanpage</a></li>'
        "</ul></div></div>"
        '<div class="text-center small border-top border-light-subtle pt-2 mt-2">© 2024 Phòng GD&amp;ĐT thị xã Ba '
        "Đồn. Phát triển: Tổ CNTT Phòng GD&amp;ĐT.</div></div></footer>"
        '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>'
        '<script src="/static/js/app.js?v=20241015"></script></body></html>'
    )
    return html(page, headers={"Server": "nginx/1.24.0 (Ubuntu)"})


def _crumbs(*items: tuple[str | None, str]) -> str:
    lis = ['<li class="breadcrumb-item"><a href="/"><i class="bi bi-house"></i> Trang chủ</a></li>']
    for href, label in items:
        if href:
            lis.append(f'<li class="breadcrumb-item"><a href="{esc(href)}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
    return '<nav aria-label="breadcrumb"><ol class="breadcrumb small">' + "".join(lis) + "</ol></nav>"


def _card(s: Story, href: str | None = None) -> str:
    href = href or _url(s)
    return (
        '<div class="col"><div class="card h-100 border-0 shadow-sm position-relative">'
        f'<a href="{esc(href)}" class="ratio ratio-4x3"><img src="/media/thumb/{s.id}.jpg" '
        f'class="card-img-top object-fit-cover" alt="{esc(s.title)}" loading="lazy"></a>'
        f'<div class="card-body"><h3 class="h6 card-title"><a class="stretched-link text-decoration-none" '
        f'href="{esc(href)}">{esc(s.title)}</a></h3>'
        f'<div class="small text-body-secondary mb-1"><i class="bi bi-calendar3"></i> {_long(_posted(s))}</div>'
        f'<p class="card-text small">{esc(_truncate(_lead(s), 140))}</p></div></div></div>'
    )


# --- pages ----------------------------------------------------------------------------------


def _home(request: Request) -> Response:
    slides = [BY_ID[231], BY_ID[224], BY_ID[228]]
    carousel = "".join(
        f'<div class="carousel-item{" active" if n == 0 else ""}"><a href="{_url(s)}?ref=trang-chu">'
        f'<img src="/media/slide/{s.id}.jpg" class="d-block w-100" alt="{esc(s.title)}"></a>'
        f'<div class="carousel-caption d-none d-md-block bg-dark bg-opacity-50 rounded">'
        f'<h5><a class="link-light" href="{_url(s)}?ref=trang-chu">{esc(s.title)}</a></h5></div></div>'
        for n, s in enumerate(slides)
    )
    newest = "".join(
        f'<li class="list-group-item"><a href="{_url(s)}">{esc(s.title)}</a> '
        f'<span class="small text-body-secondary">({_long(_posted(s))})</span></li>'
        for s in STORIES[:6]
    )
    blocks = ""
    for slug in ("tin-tuc-su-kien", "hoat-dong-chuyen-mon", "cong-doan-doan-the"):
        cards = "".join(_card(s) for s in _in_cat(slug)[:3])
        blocks += (
            f'<section class="mb-4"><div class="d-flex justify-content-between border-bottom border-2 '
            f'border-primary mb-3"><h2 class="h5 text-primary text-uppercase">{esc(CATS[slug])}</h2>'
            f'<a class="small" href="/chuyen-muc/{slug}">Xem thêm <i class="bi bi-chevron-right"></i></a></div>'
            f'<div class="row row-cols-1 row-cols-md-3 g-3">{cards}</div></section>'
        )
    main = (
        '<div id="tinNoiBat" class="carousel slide mb-4" data-bs-ride="carousel">'
        f'<div class="carousel-inner">{carousel}</div>'
        '<button class="carousel-control-prev" type="button" data-bs-target="#tinNoiBat" data-bs-slide="prev">'
        '<span class="carousel-control-prev-icon"></span></button>'
        '<button class="carousel-control-next" type="button" data-bs-target="#tinNoiBat" data-bs-slide="next">'
        '<span class="carousel-control-next-icon"></span></button></div>'
        '<div class="alert alert-info small py-2" id="tin-nhanh" data-api="/api/bai-viet?offset=0&amp;limit=5">'
        "Đang tải tin nhanh...</div>"
        '<section class="mb-4"><h2 class="h5 text-primary text-uppercase border-bottom border-2 border-primary">'
        f'Tin mới</h2><ul class="list-group list-group-flush">{newest}</ul>'
        '<div class="text-end mt-2"><a href="/chuyen-muc/tat-ca">Xem tất cả tin »</a></div></section>'
        f"{blocks}"
        "<script>fetch(document.getElementById('tin-nhanh').dataset.api).then(r=>r.json()).then(d=>{"
        "document.getElementById('tin-nhanh').innerHTML=d.items.map(x=>'<a href=\"'+x.url+'\">'+x.tieu_de+"
        "'</a>').join(' &middot; ')})</script>"
    )
    head = '<meta name="description" content="Cổng thông tin điện tử Phòng GD&amp;ĐT thị xã Ba Đồn, Quảng Bình">'
    return _page(request, "Trang chủ", main, head=head)


def _article(request: Request, s: Story) -> Response:
    cat = CATS[s.cat]
    base = base_url(request)
    twice = esc(esc(s.title))  # ``{{ bai.tieu_de|e }}`` under autoescape
    head = (
        f'<link rel="canonical" href="{base}{_url(s)}">'
        f'<meta property="og:title" content="{twice}">'
        f'<meta property="og:type" content="article"><meta property="og:url" content="{base}{_url(s)}">'
        f'<meta property="og:image" content="{base}/media/thumb/{s.id}.jpg">'
        f'<meta name="description" content="{esc(_truncate(_lead(s), 160))}">'
        f'<meta property="article:published_time" content="{_utc(s)}">'
    )
    account = s.opts.get("account", "pgd.badon")
    views = f"{s.views():,}".replace(",", ".")
    meta = (
        '<div class="d-flex flex-wrap gap-3 small text-body-secondary border-bottom pb-2 mb-3">'
        f'<span><i class="bi bi-clock"></i> <time datetime="{_utc(s)}">{_medium(_posted(s))}</time></span>'
        f'<span><i class="bi bi-person-circle"></i> {esc(account)}</span>'
        f'<span><i class="bi bi-eye"></i> {views} lượt xem</span></div>'
    )
    files = ""
    if s.opts.get("files"):
        lis = "".join(
            f'<li><i class="bi bi-file-earmark-pdf text-danger"></i> <a href="{esc(h)}" download>{esc(n)}</a></li>'
            for n, h in s.opts["files"]
        )
        files = (
            '<div class="card card-body bg-light small mt-3"><div class="fw-bold mb-1">'
            f'<i class="bi bi-paperclip"></i> Tệp đính kèm</div><ul class="list-unstyled mb-0">{lis}</ul></div>'
        )
    updated = ""
    if s.opts.get("updated"):
        upd = datetime(*s.opts["updated"], tzinfo=VN)
        updated = f'<div class="text-end small fst-italic text-body-secondary mt-2">Sửa lần cuối: {_medium(upd)}</div>'
    others = [o for o in _in_cat(s.cat) if o.id != s.id][:5]
    related = ""
    if others:
        lis = "".join(
            f'<li class="mb-1"><i class="bi bi-caret-right-fill text-primary"></i> <a href="{_url(o)}">'
            f'{esc(o.title)}</a> <span class="text-body-secondary">({_long(_posted(o))})</span></li>'
            for o in others
        )
        related = (
            '<section class="cung-chuyen-muc mt-4 pt-3 border-top"><h2 class="h6 text-uppercase text-primary">'
            f'Bài viết cùng chuyên mục</h2><ol class="list-unstyled small">{lis}</ol></section>'
        )
    share = (
        '<div class="d-flex gap-2 mt-3 small align-items-center"><span>Chia sẻ:</span>'
        f'<a class="btn btn-sm btn-outline-primary" href="https://www.facebook.com/sharer/sharer.php?u={base}'
        f'{_url(s)}" target="_blank"><i class="bi bi-facebook"></i> Facebook</a>'
        f'<a class="btn btn-sm btn-outline-info" href="https://zalo.me/share?u={base}{_url(s)}" target="_blank">Zalo</a>'
        '<button class="btn btn-sm btn-outline-secondary" onclick="window.print()"><i class="bi bi-printer"></i> '
        "In bài</button></div>"
    )
    main = (
        _crumbs((f"/chuyen-muc/{s.cat}/", cat), (None, _truncate(s.title, 60)))
        + f'<article class="bv" id="bv-{s.id}"><h1 class="h3 fw-bold text-primary-emphasis">{esc(s.title)}</h1>'
        + meta
        + f'<p class="lead fs-6 fw-semibold">{esc(_lead(s))}</p>'
        + f'<div class="nd ql-editor" id="nd-{s.id}">{_quill(s)}</div>'
        + files
        + updated
        + share
        + related
        + "</article>"
    )
    return _page(request, twice, main, head=head)


def _unprocessable(loc: str, msg: str, value: str) -> Response:
    detail = {"detail": [{"type": "int_parsing", "loc": ["query", loc], "msg": msg, "input": value}]}
    return Response(422, json.dumps(detail, ensure_ascii=False), {"Content-Type": "application/json"})


def _int_param(request: Request, name: str, default: int, low: int, high: int) -> int | Response:
    raw = request.params.get(name)
    if raw is None:
        return default
    if not re.fullmatch(r"\d+", raw):
        return _unprocessable(name, "Input should be a valid integer, unable to parse string as an integer", raw)
    value = int(raw)
    if not low <= value <= high:
        return _unprocessable(name, f"Input should be between {low} and {high}", raw)
    return value


def _listing(request: Request, slug: str) -> Response:
    offset = _int_param(request, "offset", 0, 0, 10000)
    if isinstance(offset, Response):
        return offset
    limit = _int_param(request, "limit", LIMIT, 1, 48)
    if isinstance(limit, Response):
        return limit
    items = _in_cat(slug)
    chunk = items[offset : offset + limit]
    if chunk:
        grid = '<div class="row row-cols-1 row-cols-md-2 row-cols-xl-3 g-3">' + "".join(_card(s) for s in chunk) + "</div>"
    else:
        grid = '<div class="alert alert-secondary">Chưa có bài viết nào trong chuyên mục này.</div>'
    pager = ""
    if len(items) > limit:
        lis = []
        if offset > 0:
            lis.append(
                f'<li class="page-item"><a class="page-link" href="?offset={max(offset - limit, 0)}&amp;limit={limit}">'
                "&laquo;</a></li>"
            )
        for n, start in enumerate(range(0, len(items), limit), 1):
            active = " active" if start == offset else ""
            lis.append(
                f'<li class="page-item{active}"><a class="page-link" href="?offset={start}&amp;limit={limit}">{n}</a></li>'
            )
        if offset + limit < len(items):
            lis.append(
                f'<li class="page-item"><a class="page-link" href="?offset={offset + limit}&amp;limit={limit}">'
                "&raquo;</a></li>"
            )
        pager = (
            '<nav aria-label="Phân trang" class="mt-4"><ul class="pagination pagination-sm justify-content-center">'
            + "".join(lis)
            + f'</ul><div class="text-center small text-body-secondary">Hiển thị {offset + 1}-'
            f"{min(offset + limit, len(items))} / {len(items)} bài viết</div></nav>"
        )
    main = (
        _crumbs((None, CATS[slug]))
        + f'<h1 class="h4 text-primary text-uppercase border-bottom border-2 border-primary pb-1">{esc(CATS[slug])}</h1>'
        + grid
        + pager
    )
    return _page(request, esc(CATS[slug]), main)


def _api_item(s: Story, full: bool) -> dict:
    item = {
        "id": s.id,
        "tieu_de": s.title,
        "slug": s.slug,
        "url": _url(s),
        "chuyen_muc": {"slug": s.cat, "ten": CATS[s.cat]},
        "tom_tat": s.summary,
        "anh_dai_dien": f"/media/thumb/{s.id}.jpg",
        "ngay_dang": _utc(s),
        "nguoi_dang": s.opts.get("account", "pgd.badon"),
        "luot_xem": s.views(),
    }
    if full:
        item["noi_dung_html"] = _quill(s)
    return item


def _json(data: object) -> Response:
    return Response(200, json.dumps(data, ensure_ascii=False), {"Content-Type": "application/json"})


def _api_list(request: Request) -> Response:
    offset = _int_param(request, "offset", 0, 0, 10000)
    if isinstance(offset, Response):
        return offset
    limit = _int_param(request, "limit", 10, 1, 50)
    if isinstance(limit, Response):
        return limit
    chunk = STORIES[offset : offset + limit]
    nxt = f"/api/bai-viet?offset={offset + limit}" if offset + limit < len(STORIES) else None
    return _json(
        {"tong": len(STORIES), "offset": offset, "limit": limit, "next": nxt,
         "items": [_api_item(s, False) for s in chunk]}
    )


_OPENAPI = {
    "openapi": "3.1.0",
    "info": {"title": "PGD Ba Đồn - API", "version": "1.2.0"},
    "paths": {
        "/api/bai-viet": {"get": {"summary": "Danh sách bài viết", "operationId": "ds_bai_viet_api_bai_viet_get"}},
        "/api/bai-viet/{bai_id}": {"get": {"summary": "Chi tiết bài viết", "operationId": "chi_tiet_api_bai_viet__bai_id__get"}},
    },
}

_DOCS = (
    '<!DOCTYPE html><html><head><link type="text/css" rel="stylesheet" '
    'href="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui.css">'
    '<link rel="shortcut icon" href="https://fastapi.tiangolo.com/img/favicon.png">'
    "<title>PGD Ba Đồn - API - Swagger UI</title></head><body><div id=\"swagger-ui\"></div>"
    '<script src="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui-bundle.js"></script>'
    "<script>const ui = SwaggerUIBundle({url: '/openapi.json', dom_id: '#swagger-ui', "
    "layout: 'BaseLayout', deepLinking: true, showExtensions: true, showCommonExtensions: true, "
    "presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset]})</script>"
    "</body></html>"
)

WEEKS = ("2026-W47", "2026-W48", "2026-W49", "2026-W50")
_DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
_EVENTS = (
    ("08h00", "Giao ban lãnh đạo Phòng", "Trưởng phòng", "Phòng họp số 1"),
    ("14h00", "Kiểm tra công tác bán trú tại Trường MN Quảng Long", "Phó Trưởng phòng Lê Văn Bình", "MN Quảng Long"),
    ("07h30", "Dự giờ thăm lớp Trường TH Quảng Thuận", "Tổ Tiểu học", "TH số 1 Quảng Thuận"),
    ("08h00", "Họp Hội đồng thi đua khen thưởng ngành", "Trưởng phòng", "Phòng họp số 1"),
    ("14h00", "Làm việc với Đoàn kiểm tra của Sở GD&ĐT", "Lãnh đạo Phòng", "Phòng GD&ĐT"),
)


def _calendar(request: Request, week: str) -> Response:
    n = int(week[-2:])
    monday = date.fromisocalendar(2026, n, 1)
    rows = []
    for d in range(6):
        day = monday + timedelta(days=d)
        ev = _EVENTS[(n + d) % len(_EVENTS)]
        rows.append(
            f"<tr><td class=\"fw-semibold\">{_DAYS[d]}<br>{day:%d/%m/%Y}</td><td>{ev[0]}</td><td>{esc(ev[1])}</td>"
            f"<td>{esc(ev[2])}</td><td>{esc(ev[3])}</td></tr>"
        )
    idx = WEEKS.index(week)
    nav = '<div class="d-flex justify-content-between my-2 small">'
    nav += f'<a href="/lich-cong-tac/{WEEKS[idx - 1]}">« Tuần trước</a>' if idx > 0 else "<span></span>"
    nav += f'<a href="/lich-cong-tac/{WEEKS[idx + 1]}">Tuần sau »</a>' if idx + 1 < len(WEEKS) else "<span></span>"
    nav += "</div>"
    sunday = monday + timedelta(days=6)
    title = f"Lịch công tác tuần {n} (từ {monday:%d/%m/%Y} đến {sunday:%d/%m/%Y})"
    main = (
        _crumbs((None, "Lịch công tác"))
        + f'<h1 class="h4 text-primary">{esc(title)}</h1>{nav}'
        + '<table class="table table-bordered table-sm small"><thead class="table-primary"><tr><th>Thứ/Ngày</th>'
        "<th>Thời gian</th><th>Nội dung</th><th>Chủ trì</th><th>Địa điểm</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )
    return _page(request, esc(title), main)


def _intro(request: Request) -> Response:
    main = (
        _crumbs((None, "Giới thiệu"))
        + '<h1 class="h4 text-primary">Giới thiệu Phòng Giáo dục và Đào tạo thị xã Ba Đồn</h1>'
        "<p>Phòng Giáo dục và Đào tạo thị xã Ba Đồn là cơ quan chuyên môn thuộc UBND thị xã, tham mưu, giúp UBND "
        "thị xã quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>"
        "<h2 class=\"h5\">Cơ cấu tổ chức</h2><ul><li>Trưởng phòng: Trần Văn Hải</li>"
        "<li>Phó Trưởng phòng: Lê Văn Bình</li><li>Phó Trưởng phòng: Nguyễn Thị Hồng Nhung</li></ul>"
        "<h2 class=\"h5\">Quy mô</h2><p>Năm học 2026-2027, toàn thị xã có 22 trường mầm non, 20 trường tiểu học, "
        "16 trường THCS với hơn 24.000 học sinh và 1.650 cán bộ, giáo viên, nhân viên.</p>"
    )
    return _page(request, "Giới thiệu", main)


def _contact(request: Request) -> Response:
    sent = ""
    if request.method == "POST":
        sent = '<div class="alert alert-success">Cảm ơn bạn đã gửi ý kiến. Chúng tôi sẽ phản hồi sớm.</div>'
    main = (
        _crumbs((None, "Liên hệ"))
        + f'<h1 class="h4 text-primary">Liên hệ</h1>{sent}'
        "<p>Địa chỉ: Số 30 đường Hùng Vương, phường Ba Đồn, thị xã Ba Đồn, tỉnh Quảng Bình<br>"
        "Điện thoại: 0232.3512.345<br>Email: pgd.badon@quangbinh.edu.vn</p>"
        '<form method="post" action="/lien-he" class="row g-2"><div class="col-md-6">'
        '<input class="form-control" name="ho_ten" placeholder="Họ và tên"></div><div class="col-md-6">'
        '<input class="form-control" name="email" type="email" placeholder="Email"></div><div class="col-12">'
        '<textarea class="form-control" name="noi_dung" rows="4" placeholder="Nội dung"></textarea></div>'
        '<div class="col-12"><button class="btn btn-primary" type="submit">Gửi</button></div></form>'
    )
    return _page(request, "Liên hệ", main)


ALBUMS = {
    "12-le-ky-niem-ngay-nha-giao-viet-nam-20-11": ("Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11", (2026, 11, 20), 6),
    "9-khai-giang-nam-hoc-2026-2027": ("Lễ khai giảng năm học 2026-2027", (2026, 9, 5), 5),
}


def _albums(request: Request) -> Response:
    cards = "".join(
        f'<div class="col"><a href="/thu-vien-anh/{k}" class="card text-decoration-none">'
        f'<img class="card-img-top" src="/media/album/{k.split("-")[0]}/bia.jpg" alt="{esc(t)}">'
        f'<div class="card-body small">{esc(t)} ({c} ảnh)</div></a></div>'
        for k, (t, _d, c) in ALBUMS.items()
    )
    main = (
        _crumbs((None, "Thư viện ảnh"))
        + '<h1 class="h4 text-primary">Thư viện ảnh</h1>'
        + f'<div class="row row-cols-2 g-3">{cards}</div>'
    )
    return _page(request, "Thư viện ảnh", main)


def _album(request: Request, key: str) -> Response:
    title, day, count = ALBUMS[key]
    aid = key.split("-")[0]
    imgs = "".join(
        f'<div class="col"><a href="/media/album/{aid}/{n}.jpg" data-bs-toggle="lightbox">'
        f'<img class="img-fluid rounded" src="/media/album/{aid}/{n}.jpg" alt="{esc(title)} - ảnh {n}"></a></div>'
        for n in range(1, count + 1)
    )
    main = (
        _crumbs(("/thu-vien-anh", "Thư viện ảnh"), (None, title))
        + f'<h1 class="h4 text-primary">{esc(title)}</h1>'
        + f'<div class="small text-body-secondary mb-2">{_long(datetime(*day))} · {count} ảnh</div>'
        + f'<div class="row row-cols-3 g-2">{imgs}</div>'
    )
    return _page(request, esc(title), main)


def _search(request: Request) -> Response:
    q = collapse(request.params.get("q", ""))
    if not q:
        found = '<div class="alert alert-warning">Vui lòng nhập từ khóa.</div>'
    else:
        hits = [s for s in STORIES if q.lower() in s.title.lower()]
        found = (
            f'<p class="small">Tìm thấy {len(hits)} kết quả cho "{esc(q)}"</p>'
            + '<div class="row row-cols-1 row-cols-md-2 g-3">'
            + "".join(_card(s) for s in hits)
            + "</div>"
        )
    main = _crumbs((None, "Tìm kiếm")) + '<h1 class="h4 text-primary">Kết quả tìm kiếm</h1>' + found
    return _page(request, "Tìm kiếm", main)


FILES = {h for s in STORIES for _n, h in s.opts.get("files", [])}
_ARTICLE = re.compile(r"^/bai-viet/(\d+)(?:-[a-z0-9-]*)?$")
_LISTING = re.compile(r"^/chuyen-muc/([a-z0-9-]+)$")
_API_ONE = re.compile(r"^/api/bai-viet/(\d+)$")


class FastApiJinjaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if len(path) > 1 and path.endswith("/"):
            # FastAPI's redirect_slashes: 307 to the route without the slash, when there is one
            bare = path.rstrip("/")
            probe = Request("GET", bare, request.query, request.headers)
            answer = self._route(probe)
            if answer is None or answer.status != 200:
                return None
            return redirect(bare + (f"?{request.query}" if request.query else ""), status=307)
        return self._route(request)

    def _route(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/media/", "/static/")):
            if path.endswith(".webp"):
                return Response(200, static_file("x.gif").body, {"Content-Type": "image/webp"})
            return static_file(path)
        if path in FILES:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/":
            return _home(request)
        if m := _ARTICLE.match(path):
            s = BY_ID.get(int(m.group(1)))
            return _article(request, s) if s else None
        if m := _LISTING.match(path):
            return _listing(request, m.group(1)) if m.group(1) in CATS else None
        if path == "/api/bai-viet":
            return _api_list(request)
        if m := _API_ONE.match(path):
            s = BY_ID.get(int(m.group(1)))
            if not s:
                return Response(404, '{"detail":"Không tìm thấy bài viết"}', {"Content-Type": "application/json"})
            return _json(_api_item(s, True))
        if path == "/openapi.json":
            return _json(_OPENAPI)
        if path == "/docs":
            return html(_DOCS)
        if path.startswith("/lich-cong-tac/") and path.rsplit("/", 1)[1] in WEEKS:
            return _calendar(request, path.rsplit("/", 1)[1])
        if path == "/gioi-thieu":
            return _intro(request)
        if path == "/lien-he":
            return _contact(request)
        if path == "/thu-vien-anh":
            return _albums(request)
        if path.startswith("/thu-vien-anh/") and path.split("/", 2)[2] in ALBUMS:
            return _album(request, path.split("/", 2)[2])
        if path == "/tim-kiem":
            return _search(request)
        if path == "/binh-chon":
            if request.method == "POST":
                return redirect("/", status=303)
            return Response(405, '{"detail":"Method Not Allowed"}', {"Content-Type": "application/json"})
        return None


def build_site() -> FastApiJinjaSite:
    return FastApiJinjaSite()


def _alts(s: Story) -> list[str]:
    alts = []
    if s.opts.get("ref"):
        alts.append(_url(s) + "?ref=trang-chu")
    if s.opts.get("old_slug"):
        alts.append(f"/bai-viet/{s.id}-{s.opts['old_slug']}")
    if s.opts.get("bare"):
        alts.append(f"/bai-viet/{s.id}")
    return alts


GOLD = [gold_record(s, _url(s), CATS[s.cat], alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    *(f"/lich-cong-tac/{w}" for w in WEEKS),
    *(f"/thu-vien-anh/{k}" for k in ALBUMS),
]
