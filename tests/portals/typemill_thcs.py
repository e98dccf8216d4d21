"""Trường THCS Lê Quý Đôn (Tam Kỳ, Quảng Nam) on Typemill 2 with its "cyanine" theme.

Platform: Typemill 2, a flat-file PHP CMS (Slim + Twig): every page is a Markdown file in a
folder; a folder is either a list of "pages" (shown as a flat menu) or of "posts" (newest first,
each file named with a creation stamp ``202612031430-slug.md`` that the URL does not show). The
school uses the bundled cyanine theme (Tachyons utility classes: ``f5 pv1 flex``, ``bt bb``…)
with a small child theme that adds a top bar (today's date, drop-down menu) and a footer.

URL scheme
- ``/``                      landing page (cyanine "landingpage": intro, info, 3 latest posts)
- ``/tin-tuc``               the posts folder; ``/tin-tuc?page=N`` its pages (5 posts a page)
- ``/tin-tuc/<slug>``        a post; some editors typed the day into the slug
                             (``/tin-tuc/2026-12-01-hoi-khoe-phu-dong-thanh-pho``)
- ``/tin-tuc/<slug>/``       the same post (Slim answers the trailing slash; "Tin mới" links it)
- ``/gioi-thieu`` and ``/gioi-thieu/<slug>`` pages; ``/tai-lieu`` (a page listing files) and
  ``/tai-lieu/<file>.pdf``; ``/tm/login`` Typemill's login form (footer link).

Page templates: landing page; folder page (h1, the folder's own Markdown, then ``ul.post.list``
of ``li.post-entry`` with ``<a><h2>title</h2></a>``, ``<time>`` of the file's creation stamp, the
author-or-owner, the meta description; "Trang: 1 2 3" with the current page as bare text); page
(``<article><header><h1>`` + a top ``div.byline`` with ``<time pubdate>``, the parsed Markdown,
a bottom ``div.byline`` with the author in Typemill's own ``<adress>`` tag).

How each gold article is reached: the 3 newest from the landing page's news strip; the 4 newest
from the "Tin mới" widget (trailing-slash URLs); all from ``/tin-tuc`` and its ``?page=2``,
``?page=3``; eight posts only from page 2 or 3 (the school's child theme drops cyanine's
previous/next links on posts).

Traps
1. Typemill's ``<adress class="pr2">Người viết: …</adress>`` (misspelt element, printed after the
   text in a second ``div.byline``): the author; when the post has no author meta the theme prints
   the site default "Ban biên tập" (-> nobody) and a CMS account ("lqd.admin") -> nobody.
2. The date is printed "Ngày đăng: 18.11.2026 00:00" (dateFormat ``d.m.Y H:i`` over a day-only
   manualdate): day first with dots, midnight = no time -> "2026-11-18"; the listing prints
   "dd.mm.yyyy" from the file's creation stamp, which for one post differs from the page.
3. The day typed into a slug (``/tin-tuc/2026-11-10-chuyen-de-ngu-van-9``) and the listing date
   (10.11.2026) are the draft's; the page prints 18.11.2026 -> gold "2026-11-18".
4. ``<title>``, og:title and the listings print the SEO meta title ("Hội thi GVDG cấp trường
   2026-2027"); the headline is the ``<h1>`` -> the h1 as printed.
5. The breadcrumb runs Twig's ``|title`` filter: "Trường Thcs Lê Quý Đôn › Tin Tức › Hội Thi Giáo
   Viên…": neither title nor category is read from it -> title from h1, category "Tin tức"
   (the folder's own name, as its h1 and the menus print it).
6. ``[TOC]``: a ``div.TOC`` list of the post's own headings printed above the text -> not body;
   headings carry the headline anchor ``<a class="tm-heading-anchor">#</a>`` -> no "#" in body.
7. Notice blocks (``! text`` in Markdown) are ``<div class="notice1">text</div>`` with no ``<p>``
   -> body paragraphs in place.
8. Parsedown Extra footnotes: ``<sup id="fnref1:1"><a class="footnote-ref">1</a></sup>`` -> no
   digit in the sentence; ``div.footnotes`` after an ``<hr>`` -> its entries are body paragraphs
   without the "↩" back-link.
9. Captions three ways: ``<figure><figcaption>``; an image alone in a ``<p>`` followed by an
   italic "(…)" line (parentheses off, not body); a figcaption "Ảnh: X" -> caption None,
   photographer X. ``alt`` texts are never captions.
10. Bylines the editor typed in the Markdown: "*Tin, ảnh: Nguyễn Văn Khoa*" (author and
    photographer), a bold "**Tổ Ngữ văn**" closing line (a unit as author), "Nguồn: …" (source)
    -> not body; the ``<adress>`` default "Ban biên tập" then says nothing.
11. Typemill's YouTube component: a poster ``<img>`` with a play button in ``div.video-container``
    -> not an article photo; a "Tải về" line linking a PDF -> not body.
12. A plan printed as an official document (letterhead as a Markdown table, "Số:", place and
    day, "KẾ HOẠCH" + subject, "Nơi nhận", signer): its date is the letterhead's day, not the
    page's "Ngày đăng"; the signer is the author.
13. "Tin mới" widget links ``/tin-tuc/<slug>/`` (trailing slash, 200, canonical without it) ->
    alt_paths; ``/tin-tuc?page=1`` repeats ``/tin-tuc``.
14. Pages under ``/gioi-thieu`` use the very same article template (h1, ``<time pubdate>``,
    ``<adress>``) -> not articles.

Gold decisions on ambiguous points
- category: "Tin tức" (h1 of the folder, top menu, sidebar navigation); the breadcrumb's
  title-cased "Tin Tức" is the theme's filter.
- A bold first paragraph is the sapo (summary); the meta description / listing teaser is not.
- Footnote entries are body paragraphs at the end of the text (the "↩" back-link is not text).
- The YouTube poster image is part of the video component, not an image of the article.
- Table rows are paragraphs, cells joined by " | ", header row included.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "typemill_thcs"
PLATFORM = "Typemill 2 (cyanine theme)"
START_PATH = "/"

SITE_TITLE = "Trường THCS Lê Quý Đôn"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
CATEGORY = "Tin tức"
PAGE_SIZE = 5
DEFAULT_AUTHOR = "Ban biên tập"


def _ascii_slug(value: str) -> str:
    s = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _twig_title(value: str) -> str:
    """Twig's ``|title`` (mb_convert_case MB_CASE_TITLE): "Trường THCS" -> "Trường Thcs"."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in value.split(" "))


def _fmt_day(iso: str) -> str:
    y, m, d = iso[:10].split("-")
    return f"{d}.{m}.{y}"


# --- the posts (newest first by creation stamp) ---------------------------------------------
# opts: url (slug in the URL), order (file stamp), shown (manualdate the page prints), meta_title,
# author_meta (what <adress> prints; "" = site default), desc, hero, toc

STORIES: list[Story] = [
    Story(
        1, "hoi-thi-giao-vien-day-gioi-cap-truong",
        "Hội thi Giáo viên dạy giỏi cấp trường năm học 2026 – 2027", CATEGORY, "2026-12-03",
        [
            P("Từ ngày 23/11 đến ngày 02/12/2026, Trường THCS Lê Quý Đôn tổ chức Hội thi Giáo viên "
              "dạy giỏi cấp trường với sự tham gia của 18 giáo viên thuộc 5 tổ chuyên môn."),
            P("Mục đích của hội thi", "h2"),
            P("Hội thi nhằm phát hiện, tuyên dương những giáo viên có năng lực chuyên môn vững vàng, "
              "đồng thời tạo sân chơi để giáo viên trao đổi kinh nghiệm đổi mới phương pháp dạy học."),
            Img("/media/live/gvdg-2026-tiet-day-toan.jpg",
                "Cô Nguyễn Thị Hạnh, tổ Toán – Tin, thực hiện tiết dạy hội thi tại lớp 8/3",
                "Cô Nguyễn Thị Hạnh, tổ Toán – Tin, thực hiện tiết dạy hội thi tại lớp 8/3", "figure"),
            P("Nội dung thi", "h2"),
            P("Phần thi thực hành giảng dạy", "h3"),
            P("Mỗi giáo viên dạy hai tiết, một tiết bốc thăm trước ba ngày và một tiết tự chọn, "
              "được ban giám khảo dự giờ và đánh giá theo Công văn 5512."),
            P("Phần thi biện pháp giáo dục", "h3"),
            P("Giáo viên trình bày một biện pháp nâng cao chất lượng giáo dục học sinh đã áp dụng "
              "tại lớp chủ nhiệm hoặc bộ môn."),
            P("Kết quả", "h2"),
            P("Ban tổ chức công nhận 14 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp trường, "
              "chọn 5 giáo viên tham dự hội thi cấp thành phố vào tháng 01/2027."),
        ],
        authors=["Trần Thị Mỹ Linh"],
        opts={"url": "hoi-thi-giao-vien-day-gioi-cap-truong", "order": "202612031015",
              "shown": "2026-12-03", "meta_title": "Hội thi GVDG cấp trường 2026-2027",
              "author_meta": "Trần Thị Mỹ Linh", "toc": True,
              "hero": "/media/live/gvdg-2026-tiet-day-toan.jpg"},
    ),
    Story(
        2, "2026-12-01-hoi-khoe-phu-dong-thanh-pho",
        "Học sinh Trường THCS Lê Quý Đôn đạt 9 giải tại Hội khỏe Phù Đổng thành phố Tam Kỳ",
        CATEGORY, "2026-12-01",
        [
            P("Tham gia Hội khỏe Phù Đổng thành phố Tam Kỳ lần thứ XI, đoàn vận động viên của trường "
              "gồm 32 học sinh đã giành 9 giải ở các môn cờ vua, điền kinh và bơi lội."),
            Img("/media/live/hkpd-co-vua-2026.jpg",
                "(Đội tuyển cờ vua của trường nhận giải Nhất toàn đoàn)",
                "Đội tuyển cờ vua của trường nhận giải Nhất toàn đoàn", "para"),
            P("Kết quả cụ thể như sau:"),
            P("Môn | Huy chương Vàng | Huy chương Bạc | Huy chương Đồng", "th"),
            P("Cờ vua | 2 | 1 | 1", "tr"),
            P("Điền kinh | 1 | 1 | 2", "tr"),
            P("Bơi lội | 0 | 0 | 1", "tr"),
            P("Thành tích trên là kết quả của quá trình tập luyện bền bỉ của các em cùng sự hướng dẫn "
              "tận tình của các thầy cô tổ Thể dục – Nghệ thuật."),
            Raw("<p><em>Tin, ảnh: Nguyễn Văn Khoa</em></p>"),
        ],
        authors=["Nguyễn Văn Khoa"], photographers=["Nguyễn Văn Khoa"],
        opts={"url": "2026-12-01-hoi-khoe-phu-dong-thanh-pho", "order": "202612011630",
              "shown": "2026-12-01", "meta_title": "Đạt 9 giải Hội khỏe Phù Đổng thành phố",
              "author_meta": "", "hero": "/media/live/hkpd-co-vua-2026.jpg"},
    ),
    Story(
        3, "thong-bao-kiem-tra-cuoi-hoc-ki-i",
        "Thông báo lịch kiểm tra cuối học kì I năm học 2026 – 2027", CATEGORY, "2026-11-28",
        [
            P("Nhà trường thông báo lịch kiểm tra cuối học kì I đối với học sinh các khối lớp 6, 7, "
              "8 và 9 như sau."),
            P("Lưu ý: học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ "
              "học sinh.", "notice1"),
            P("Khối 9 kiểm tra các môn Toán, Ngữ văn, Tiếng Anh từ ngày 21/12 đến 23/12/2026.", "ol"),
            P("Khối 6, 7, 8 kiểm tra từ ngày 24/12 đến 29/12/2026.", "ol"),
            P("Các môn đánh giá bằng nhận xét hoàn thành trước ngày 19/12/2026.", "ol"),
            P("Phụ huynh nhắc nhở các em ôn tập đầy đủ, giữ gìn sức khỏe trong thời gian kiểm tra."),
            Raw('<p>📎 Tải về: <a href="/tai-lieu/lich-kiem-tra-cuoi-hki-2026.pdf">'
                "lich-kiem-tra-cuoi-hki-2026.pdf</a></p>"),
        ],
        opts={"url": "thong-bao-kiem-tra-cuoi-hoc-ki-i", "order": "202611280800",
              "shown": "2026-11-28", "meta_title": "Lịch kiểm tra cuối học kì I",
              "author_meta": ""},
    ),
    Story(
        4, "2026-11-20-le-ky-niem-ngay-nha-giao-viet-nam",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11", CATEGORY, "2026-11-20",
        [
            P("Sáng 19/11/2026, Trường THCS Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
              "giáo Việt Nam (20/11/1982 – 20/11/2026).", "bold"),
            P("Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo thành phố Tam Kỳ, Ban đại "
              "diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và học sinh nhà trường."),
            Img("/media/live/20-11-2026-van-nghe.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 9/1",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 9/1", "figure"),
            P("Phát biểu tại buổi lễ, thầy Hiệu trưởng nhắc lại lời dạy của Chủ tịch Hồ Chí Minh:"),
            P("Dù khó khăn đến đâu cũng phải thi đua dạy tốt và học tốt.", "quote"),
            P("Dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào "
              "thi đua “Dạy tốt – Học tốt”.", "br"),
            P("Liên đội trao 45 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn."),
            Img("/media/live/20-11-2026-khen-thuong.jpg",
                "Trao giấy khen cho giáo viên có thành tích xuất sắc",
                "Trao giấy khen cho giáo viên có thành tích xuất sắc", "figure"),
        ],
        authors=["Lê Thị Thanh Hương"],
        summary=("Sáng 19/11/2026, Trường THCS Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                 "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)."),
        opts={"url": "2026-11-20-le-ky-niem-ngay-nha-giao-viet-nam", "order": "202611200915",
              "shown": "2026-11-20", "meta_title": "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
              "author_meta": "Lê Thị Thanh Hương", "hero": "/media/live/20-11-2026-van-nghe.jpg"},
    ),
    Story(
        5, "2026-11-10-chuyen-de-ngu-van-9",
        "Chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản nghị luận” môn Ngữ văn 9",
        CATEGORY, "2026-11-18",
        [
            P("Ngày 17/11/2026, tổ Ngữ văn tổ chức chuyên đề dạy học phát triển năng lực đọc hiểu văn "
              "bản nghị luận cho học sinh lớp 9."),
            P("Tiết dạy minh họa do cô Huỳnh Thị Kim Oanh thực hiện tại lớp 9/4 theo Chương trình giáo "
              "dục phổ thông 2018, sử dụng kĩ thuật khăn trải bàn và sơ đồ tư duy."),
            P("Sau tiết dạy, các thầy cô thảo luận, thống nhất quy trình hướng dẫn học sinh nhận diện "
              "luận đề, luận điểm, lí lẽ và bằng chứng trong văn bản."),
            Raw("<p><strong>Tổ Ngữ văn</strong></p>"),
        ],
        authors=["Tổ Ngữ văn"],
        opts={"url": "2026-11-10-chuyen-de-ngu-van-9", "order": "202611101400",
              "shown": "2026-11-18", "meta_title": "Chuyên đề Ngữ văn 9", "author_meta": ""},
    ),
    Story(
        6, "huong-ung-tuan-le-hoc-tap-suot-doi",
        "Hưởng ứng Tuần lễ học tập suốt đời năm 2026", CATEGORY, "2026-11-14",
        [
            P("Thực hiện kế hoạch của Phòng Giáo dục và Đào tạo, nhà trường tổ chức các hoạt động hưởng "
              "ứng Tuần lễ học tập suốt đời với chủ đề “Học tập suốt đời trong kỷ nguyên số”."),
            P("Thư viện trường mở cửa cả ngày thứ Bảy, giới thiệu 200 đầu sách mới.", "br"),
            P("Các lớp tổ chức tiết sinh hoạt chủ đề về kĩ năng tự học và khai thác học liệu số."),
            P("Theo kế hoạch, tuần lễ kết thúc ngày 21/11/2026 với cuộc thi “Đại sứ văn hóa đọc”."),
            Raw("<p>Nguồn: Phòng GD&amp;ĐT thành phố Tam Kỳ</p>"),
        ],
        source="Phòng GD&ĐT thành phố Tam Kỳ",
        opts={"url": "huong-ung-tuan-le-hoc-tap-suot-doi", "order": "202611140730",
              "shown": "2026-11-14", "meta_title": "Tuần lễ học tập suốt đời 2026",
              "author_meta": "lqd.admin"},
    ),
    Story(
        7, "ngay-hoi-stem-em-yeu-khoa-hoc",
        "Ngày hội STEM “Em yêu khoa học” lần thứ III", CATEGORY, "2026-11-09",
        [
            P("Ngày 08/11/2026, hơn 600 học sinh tham gia Ngày hội STEM “Em yêu khoa học” với 24 gian "
              "trưng bày sản phẩm do các lớp tự thiết kế."),
            Raw('<div class="video-container"><a class="youtube" href="https://www.youtube.com/watch?v=Lq'
                'D0n2026st"><img src="/media/live/youtube-LqD0n2026st.jpg" alt="Video ngày hội STEM" />'
                '<button class="play" aria-label="Phát video"></button></a></div>'),
            P("Nhiều sản phẩm gây ấn tượng như hệ thống tưới cây tự động, xe chạy bằng năng lượng mặt "
              "trời và mô hình lọc nước từ vật liệu tái chế."),
            Img("/media/live/stem-2026-gian-trung-bay.jpg", "Ảnh: Hồ Thị Ngọc", None, "figure"),
            P("Ban tổ chức trao 3 giải Nhất, 5 giải Nhì và 8 giải Ba cho các sản phẩm xuất sắc."),
        ],
        authors=["Phạm Minh Tuấn"], photographers=["Hồ Thị Ngọc"],
        opts={"url": "ngay-hoi-stem-em-yeu-khoa-hoc", "order": "202611091700",
              "shown": "2026-11-09", "meta_title": "Ngày hội STEM lần thứ III",
              "author_meta": "Phạm Minh Tuấn", "hero": "/media/live/stem-2026-gian-trung-bay.jpg"},
    ),
    Story(
        8, "ket-qua-hoi-thi-tin-hoc-tre",
        "Kết quả Hội thi Tin học trẻ cấp thành phố năm 2026", CATEGORY, "2026-11-05",
        [
            P("Tại Hội thi Tin học trẻ cấp thành phố năm 2026, học sinh nhà trường đạt 1 giải Nhất, "
              "2 giải Nhì và 1 giải Khuyến khích.", "fn:năm 2026"),
            P("Danh sách học sinh đạt giải", "h2"),
            P("Em Trần Gia Bảo (lớp 9/2): giải Nhất bảng B.", "li"),
            P("Em Lê Ngọc Anh Thư (lớp 8/1): giải Nhì bảng B.", "li"),
            P("Em Nguyễn Đức Minh (lớp 7/3): giải Nhì bảng B.", "li"),
            P("Em Phan Thảo Vy (lớp 6/2): giải Khuyến khích bảng A.", "li"),
            P("Em Trần Gia Bảo được chọn tham dự hội thi cấp tỉnh vào tháng 3/2027."),
            P("Hội thi do Phòng GD&ĐT và Thành đoàn Tam Kỳ phối hợp tổ chức ngày 01/11/2026.", "note"),
        ],
        authors=["Nguyễn Hữu Phước"],
        opts={"url": "ket-qua-hoi-thi-tin-hoc-tre", "order": "202611051000",
              "shown": "2026-11-05", "meta_title": "Kết quả Tin học trẻ cấp thành phố",
              "author_meta": "ThS. Nguyễn Hữu Phước"},
    ),
    Story(
        9, "2026-10-30-hoi-nghi-cha-me-hoc-sinh",
        "Tổ chức Hội nghị Cha mẹ học sinh đầu năm học 2026 – 2027", CATEGORY, "2026-10-30",
        [
            P("Chiều 29/10/2026, nhà trường tổ chức Hội nghị Ban đại diện cha mẹ học sinh đầu năm học "
              "với sự tham dự của 72 đại biểu đại diện cho 36 lớp."),
            P("Hội nghị thông qua báo cáo kết quả năm học 2025 – 2026 và phương hướng nhiệm vụ năm học mới."),
            P("👉 Các khoản thu đầu năm thực hiện đúng Hướng dẫn của UBND tỉnh Quảng Nam, công khai "
              "trên bảng tin nhà trường."),
            P("Ban đại diện cha mẹ học sinh nhiệm kỳ mới gồm 9 thành viên, ông Nguyễn Văn Bình được bầu "
              "làm Trưởng ban.", "notice2"),
        ],
        authors=["Võ Thị Bích Trâm"],
        opts={"url": "2026-10-30-hoi-nghi-cha-me-hoc-sinh", "order": "202610301530",
              "shown": "2026-10-30", "meta_title": "Hội nghị Cha mẹ học sinh",
              "author_meta": "Võ Thị Bích Trâm"},
    ),
    Story(
        10, "ngay-hoi-doc-sach",
        "Liên đội tổ chức Ngày hội đọc sách “Sách – Người bạn đồng hành”", CATEGORY, "2026-10-24",
        [
            P("Nhằm lan tỏa văn hóa đọc trong học sinh, Liên đội Trường THCS Lê Quý Đôn tổ chức Ngày hội "
              "đọc sách vào sáng thứ Bảy, 24/10/2026."),
            Img("/media/live/doc-sach-2026-1.jpg", "Gian trưng bày sách của chi đội 7/2",
                "Gian trưng bày sách của chi đội 7/2", "figure"),
            Img("/media/live/doc-sach-2026-2.jpg", None, None, "figure"),
            Img("/media/live/doc-sach-2026-3.jpg", "Học sinh giới thiệu cuốn sách yêu thích",
                "Học sinh giới thiệu cuốn sách yêu thích", "figure"),
            P("Ngày hội có các hoạt động giới thiệu sách, vẽ tranh theo sách, đổi sách cũ lấy sách mới "
              "và thi kể chuyện theo sách."),
        ],
        authors=["Liên đội THCS Lê Quý Đôn"],
        opts={"url": "ngay-hoi-doc-sach", "order": "202610241100", "shown": "2026-10-24",
              "meta_title": "Ngày hội đọc sách 2026", "author_meta": "Liên đội THCS Lê Quý Đôn",
              "hero": "/media/live/doc-sach-2026-1.jpg"},
    ),
    Story(
        11, "chuc-mung-ngay-phu-nu-viet-nam",
        "Chúc mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam 20/10", CATEGORY, "2026-10-20",
        [
            P("Nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Công đoàn trường tổ "
              "chức gặp mặt, tặng hoa chúc mừng 46 cô giáo và nữ nhân viên."),
            Img("/media/live/20-10-2026-gap-mat.jpg", "Công đoàn trường tặng hoa chúc mừng các cô giáo",
                "Công đoàn trường tặng hoa chúc mừng các cô giáo", "link"),
            P("Buổi gặp mặt diễn ra trong không khí ấm áp với các tiết mục văn nghệ do thầy giáo và học "
              "sinh biểu diễn."),
        ],
        authors=["Công đoàn trường"],
        opts={"url": "chuc-mung-ngay-phu-nu-viet-nam", "order": "202610200900",
              "shown": "2026-10-20", "meta_title": "Chúc mừng ngày 20/10",
              "author_meta": "Công đoàn trường"},
    ),
    Story(
        12, "ke-hoach-hoi-khoe-phu-dong-cap-truong",
        "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027", CATEGORY, "2026-10-12",
        [
            Raw('<table>\n<thead>\n<tr><th>PHÒNG GD&amp;ĐT TAM KỲ</th><th>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT '
                "NAM</th></tr>\n</thead>\n<tbody>\n<tr><td><strong>TRƯỜNG THCS LÊ QUÝ ĐÔN</strong></td>"
                "<td><strong>Độc lập – Tự do – Hạnh phúc</strong></td></tr>\n<tr><td>Số: 86/KH-THCSLQĐ"
                "</td><td><em>Tam Kỳ, ngày 12 tháng 10 năm 2026</em></td></tr>\n</tbody>\n</table>"),
            Raw('<h3 id="h-ke-hoach"><a class="tm-heading-anchor" href="#h-ke-hoach">#</a>KẾ HOẠCH</h3>\n'
                "<p><strong>Tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027</strong></p>"),
            P("I. MỤC ĐÍCH, YÊU CẦU", "h4"),
            P("Đẩy mạnh phong trào rèn luyện thân thể, tuyển chọn vận động viên tham dự Hội khỏe Phù "
              "Đổng thành phố Tam Kỳ lần thứ XI."),
            P("II. THỜI GIAN, ĐỊA ĐIỂM", "h4"),
            P("Từ ngày 26/10 đến ngày 31/10/2026 tại sân trường và Nhà thi đấu thành phố."),
            P("III. NỘI DUNG THI ĐẤU", "h4"),
            P("Các môn: điền kinh, cờ vua, bóng đá mini, bơi lội, kéo co."),
            Raw("<p><strong><em>Nơi nhận:</em></strong><br />\n- Phòng GD&amp;ĐT (b/c);<br />\n- Các tổ "
                "chuyên môn;<br />\n- Lưu: VT.</p>\n<p style=\"text-align:right\"><strong>KT. HIỆU "
                "TRƯỞNG<br />\nPHÓ HIỆU TRƯỞNG</strong></p>\n<p style=\"text-align:right\"><strong>"
                "Phan Văn Hùng</strong></p>"),
        ],
        authors=["Phan Văn Hùng"],
        opts={"url": "ke-hoach-hoi-khoe-phu-dong-cap-truong", "order": "202610150800",
              "shown": "2026-10-15", "meta_title": "Kế hoạch HKPĐ cấp trường", "author_meta": ""},
    ),
    Story(
        13, "le-ra-quan-an-toan-giao-thong",
        "Tổ chức Lễ ra quân “Tuổi trẻ với an toàn giao thông” năm học 2026 – 2027", CATEGORY,
        "2026-10-08",
        [
            P("Sáng 07/10/2026, nhà trường phối hợp với Đội Cảnh sát giao thông Công an thành phố Tam Kỳ "
              "tổ chức Lễ ra quân “Tuổi trẻ với an toàn giao thông”."),
            Img("/media/live/atgt-2026-tuyen-truyen.jpg",
                "(Cán bộ Cảnh sát giao thông tuyên truyền Luật Giao thông đường bộ)",
                "Cán bộ Cảnh sát giao thông tuyên truyền Luật Giao thông đường bộ", "para"),
            P("100% học sinh ký cam kết chấp hành an toàn giao thông, không đi xe đạp điện khi chưa đủ "
              "tuổi, đội mũ bảo hiểm khi ngồi trên xe mô tô, xe gắn máy."),
            Img("/media/live/atgt-2026-ky-cam-ket.jpg", None, None, "para"),
            P("Dịp này, các em được hướng dẫn kĩ năng đi xe đạp an toàn và nhận 200 mũ bảo hiểm do Công "
              "ty Honda Việt Nam trao tặng."),
        ],
        authors=["Đoàn Văn Lực"],
        opts={"url": "le-ra-quan-an-toan-giao-thong", "order": "202610080930",
              "shown": "2026-10-08", "meta_title": "Lễ ra quân an toàn giao thông",
              "author_meta": "Đoàn Văn Lực", "hero": "/media/live/atgt-2026-tuyen-truyen.jpg"},
    ),
]

#: the order of the posts folder (creation stamp, newest first)
POSTS = sorted(STORIES, key=lambda s: s.opts["order"], reverse=True)
BY_URL = {s.opts["url"]: s for s in STORIES}
NEWEST_WIDGET = POSTS[:4]

INTRO_PAGES = {
    "lich-su-truong": (
        "Lịch sử hình thành và phát triển",
        ["Trường THCS Lê Quý Đôn được thành lập năm 1996 trên cơ sở tách ra từ Trường PTCS Tân Thạnh.",
         "Qua gần 30 năm xây dựng và phát triển, nhà trường được công nhận đạt chuẩn quốc gia mức độ 2 "
         "và nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc."],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        ["Hiệu trưởng: thầy Trương Công Định.", "Phó Hiệu trưởng: thầy Phan Văn Hùng, cô Lê Thị Ánh.",
         "Nhà trường có 5 tổ chuyên môn và 1 tổ văn phòng với 78 cán bộ, giáo viên, nhân viên."],
    ),
    "lien-he": (
        "Liên hệ",
        ["Địa chỉ: 122 Phan Bội Châu, phường Tân Thạnh, thành phố Tam Kỳ, tỉnh Quảng Nam.",
         "Điện thoại: 0235 3851 246 – Email: thcslequydon.tamky@quangnam.edu.vn"],
    ),
}

DOCS = {
    "ke-hoach-giao-duc-2026-2027.pdf": "Kế hoạch giáo dục nhà trường năm học 2026 – 2027",
    "lich-kiem-tra-cuoi-hki-2026.pdf": "Lịch kiểm tra cuối học kì I",
    "quy-che-chuyen-mon-2026.pdf": "Quy chế chuyên môn năm học 2026 – 2027",
}

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/lich-su-truong",
    "/gioi-thieu/co-cau-to-chuc",
    "/gioi-thieu/lien-he",
    "/tai-lieu",
]


# --- markup --------------------------------------------------------------------------------

_BLOCK_TAGS = {"li": "ul", "ol": "ol"}


def _heading(text: str, level: str) -> str:
    hid = "h-" + _ascii_slug(text)
    return (f'<{level} id="{hid}"><a class="tm-heading-anchor" href="#{hid}">#</a>'
            f"{esc(text)}</{level}>")


def _img(img: Img, base: str) -> str:
    src = base + img.src
    alt = esc(img.printed or "hình ảnh")
    if img.style == "para":
        out = f'<p><img src="{src}" alt="{alt}" width="820" loading="lazy" /></p>'
        if img.printed:
            out += f"\n<p><em>{esc(img.printed)}</em></p>"
        return out
    inner = f'<img src="{src}" alt="{alt}" width="820" loading="lazy" />'
    if img.style == "link":
        inner = f'<a href="{base}{img.src.replace("/live/", "/original/")}">{inner}</a>'
    cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
    return f'<figure class="tm-image">{inner}{cap}</figure>'


def render_content(story: Story, base: str) -> str:
    """The Markdown of a post as Typemill's parser prints it."""
    out: list[str] = []
    notes: list[str] = []
    if story.opts.get("toc"):
        items = "".join(
            f'<li class="TOC-{b.style}"><a href="#h-{_ascii_slug(b.text)}">{esc(b.text)}</a></li>'
            for b in story.blocks if isinstance(b, P) and b.style in ("h2", "h3"))
        out.append(f'<div class="TOC"><ul>{items}</ul></div>')
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b, base))
        elif b.style in _BLOCK_TAGS:
            tag = _BLOCK_TAGS[b.style]
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            head = ""
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head = "<thead>\n<tr>" + "".join(f"<th>{esc(c)}</th>" for c in cells) + "</tr>\n</thead>"
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(f"<table>\n{head}\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>")
            continue
        elif b.style in ("h2", "h3", "h4"):
            out.append(_heading(b.text, b.style))
        elif b.style == "bold":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(f"<blockquote>\n<p>{esc(b.text)}</p>\n</blockquote>")
        elif b.style.startswith("notice"):
            out.append(f'<div class="{b.style}">{esc(b.text)}</div>')
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f"<p>{esc(b.text)}<br />\n{esc(nxt.text)}</p>")
            i += 2
            continue
        elif b.style.startswith("fn:"):
            anchor = b.style[3:]
            n = len(notes) + 1
            text = esc(b.text).replace(
                esc(anchor),
                esc(anchor) + f'<sup id="fnref1:{n}"><a href="#fn:{n}" class="footnote-ref">{n}</a></sup>', 1)
            out.append(f"<p>{text}</p>")
            notes.append("")  # filled by the first "note" block after it
        elif b.style == "note":
            n = notes.index("") + 1
            notes[n - 1] = (f'<li id="fn:{n}">\n<p>{esc(b.text)}&#160;<a href="#fnref1:{n}" rev="footnote" '
                            f'class="footnote-backref">&#8617;</a></p>\n</li>')
        else:
            out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    if notes:
        out.append('<div class="footnotes">\n<hr />\n<ol>\n' + "\n".join(notes) + "\n</ol>\n</div>")
    return "\n".join(out)


def _describe(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 150 else first[:150].rsplit(" ", 1)[0] + "…"


TOP_MENU = (
    '<nav class="cy-topmenu bg-dark-blue"><ul class="list pa0 ma0 flex">'
    '<li class="dib"><a class="link pa2 db" href="/">Trang chủ</a></li>'
    '<li class="dib has-sub"><a class="link pa2 db" href="/gioi-thieu">Giới thiệu ▾</a>'
    '<ul class="sub list pa0 dn">'
    '<li><a class="link" href="/gioi-thieu/lich-su-truong">Lịch sử hình thành</a></li>'
    '<li><a class="link" href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li>'
    '<li><a class="link" href="/gioi-thieu/lien-he">Liên hệ</a></li></ul></li>'
    '<li class="dib"><a class="link pa2 db" href="/tin-tuc">Tin tức</a></li>'
    '<li class="dib"><a class="link pa2 db" href="/tai-lieu">Tài liệu</a></li>'
    '<li class="dib"><a class="link pa2 db" href="https://quangnam.edu.vn" target="_blank">Sở GD&amp;ĐT</a></li>'
    "</ul></nav>"
)


def _topbar() -> str:
    return (f'<div class="tm-topbar f6 ph3 pv1 flex justify-between"><span class="ngay-thang">'
            f"{HEADER_DAY}</span><span>Hotline: 0235 3851 246</span></div>\n"
            f'<div class="tm-banner pa3"><a class="link f3 fw7" href="/">{SITE_TITLE}</a>'
            f'<span class="db f6">Thành phố Tam Kỳ – Tỉnh Quảng Nam</span></div>\n{TOP_MENU}')


def _footer() -> str:
    return (
        '<footer class="w-100 pv3 ph3 bl br bb f6">'
        '<div class="mw8 center flex-l justify-between">'
        f"<div><p><strong>{SITE_TITLE.upper()}</strong></p>"
        "<p>Địa chỉ: 122 Phan Bội Châu, phường Tân Thạnh, thành phố Tam Kỳ, tỉnh Quảng Nam</p>"
        "<p>Điện thoại: 0235 3851 246 – Email: thcslequydon.tamky@quangnam.edu.vn</p></div>"
        '<div><p>© 2026 Trường THCS Lê Quý Đôn. Chịu trách nhiệm: Hiệu trưởng Trương Công Định.</p>'
        '<p>Made with <a href="https://typemill.net">Typemill</a> | '
        '<a href="/tm/login">Đăng nhập</a> | <a href="https://www.facebook.com/thcslequydontamky">'
        "Facebook</a></p></div></div></footer>"
    )


def _widgets(active: str = "") -> str:
    newest = "".join(
        f'<li class="pv1"><a class="link" href="/tin-tuc/{s.opts["url"]}/">{esc(s.opts["meta_title"])}</a></li>'
        for s in NEWEST_WIDGET)
    return (
        '<div class="widgetcontainer">'
        '<div id="tinmoi" class="mt4-l mt3"><h3 class="f5">Tin mới</h3>'
        f'<ul class="list pa0 f6">{newest}</ul></div>'
        '<div id="thongke" class="mt4-l mt3"><h3 class="f5">Thống kê truy cập</h3>'
        '<ul class="list pa0 f6"><li>Đang online: 17</li><li>Hôm nay: 412</li>'
        "<li>Tổng truy cập: 1.286.530</li></ul></div>"
        '<div id="binhchon" class="mt4-l mt3"><h3 class="f5">Bình chọn</h3>'
        '<p class="f6">Bạn thấy website nhà trường thế nào?</p>'
        '<label class="db f6"><input type="radio" name="bc" /> Hữu ích</label>'
        '<label class="db f6"><input type="radio" name="bc" /> Cần cải thiện</label>'
        '<button type="button" class="button f6">Bình chọn</button></div>'
        '<div id="lienket" class="mt4-l mt3"><h3 class="f5">Liên kết website</h3>'
        '<ul class="list pa0 f6"><li><a href="https://moet.gov.vn">Bộ GD&amp;ĐT</a></li>'
        '<li><a href="https://quangnam.edu.vn">Sở GD&amp;ĐT Quảng Nam</a></li>'
        '<li><a href="https://tamky.quangnam.gov.vn">UBND thành phố Tam Kỳ</a></li></ul></div>'
        "</div>"
    )


def _navigation(active: str) -> str:
    def li(href: str, name: str, kind: str, level: int, inner: str = "") -> str:
        state = " active" if href == active else (" activeParent" if active.startswith(href + "/") else "")
        weight = "fw7" if kind == "folder" else "fw3"
        return (f'<li class="bt bb margin-bottom-1 {kind} level-{level}{state}">'
                f'<a class="link dib w-100 relative {weight} pv2 pr2 indent-l-{level} margin-bottom-1 '
                f'arrow-after" href="{href}">{esc(name)}</a>{inner}</li>')

    subs = "".join(li(f"/gioi-thieu/{k}", v[0], "file", 2) for k, v in INTRO_PAGES.items())
    items = (li("/gioi-thieu", "Giới thiệu", "folder", 1, f'<ul class="list pa0">{subs}</ul>')
             + li("/tin-tuc", CATEGORY, "folder", 1) + li("/tai-lieu", "Tài liệu", "file", 1))
    return (
        '<aside class="grid-sidebar ph3 pv3"><nav id="contentnav" class="contentnav" aria-label="Menu">'
        '<input type="checkbox" id="burger" class="dn"><label for="burger" class="burgerbutton">&#9776;</label>'
        f'<ul class="cy-nav mainnavigation list pa0 menu">{items}</ul></nav></aside>'
    )


def _crumbs(trail: list[tuple[str, str | None]]) -> str:
    parts = [f'<a class="link f-link underline-hover" href="/">{esc(_twig_title(SITE_TITLE))}</a>']
    for name, href in trail:
        parts.append("&nbsp; &#x203A; &nbsp;")
        if href:
            parts.append(f'<a class="link f-link underline-hover" href="{href}">{esc(_twig_title(name))}</a>')
        else:
            parts.append(esc(_twig_title(name)))
    return (f'<nav id="breadcrumb"><div class="f6 pv3 w-100 flex-l justify-between"><div class="mw6">'
            f'{" ".join(parts)}</div></div></nav>')


def _layout(request: Request, title: str, canonical: str, body: str, meta: dict | None = None) -> str:
    meta = meta or {}
    base = base_url(request)
    og = ""
    if meta.get("image"):
        og = f'<meta property="og:image" content="{base}{meta["image"]}" />'
    return (
        f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n'
        f"<title>{esc(title)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f'<meta name="description" content="{esc(meta.get("description", ""))}" />\n'
        f'<meta name="author" content="{esc(meta.get("author", ""))}" />\n'
        '<meta name="generator" content="TYPEMILL" />\n'
        f'<link rel="canonical" href="{base}{canonical}" />\n'
        f'<meta property="og:title" content="{esc(meta.get("og_title", title))}" />\n{og}\n'
        f'<link rel="stylesheet" href="{base}/themes/cyanine/css/tachyons.min.css?20220527" />\n'
        f'<link rel="stylesheet" href="{base}/themes/cyanine/css/style.css?20220527" />\n'
        '<link rel="icon" href="/media/files/favicon.ico" />\n'
        '</head>\n<body class="optimize-text pa2">\n'
        f"{_topbar()}\n{body}\n{_footer()}\n"
        f'<script src="{base}/themes/cyanine/js/script.js"></script>\n</body>\n</html>'
    )


def _page(request: Request, path: str, inner: str) -> str:
    return (
        f'<main class="file w-100 pb5 bl br bb"><div class="w-100 center grid-container">'
        '<aside class="grid-header ph3 pv3"><header><div class="logo"><p class="pa0 ma0">'
        f'<a class="link f1 fw9" href="/" title="{SITE_TITLE}"><img src="/media/files/logo-lqd.png" '
        f'class="logo-image" alt="Logo"/></a></p></div></header>{_widgets()}</aside>'
        f'<div class="grid-main ph3 ph4-l pv3 lh-copy f4-l f5 fw3">{inner}</div>'
        f"{_navigation(path)}</div></main>"
    )


def _byline_top(day: str) -> str:
    return (f'<div class="f5 pv1 flex justify-between"><div class="byline">'
            f'<time pubdate datetime="{day}" class="pr2">Ngày đăng: {_fmt_day(day)} 00:00</time>'
            f'</div><div class="funcicons"><a class="link" title="In trang" href="#" '
            'onclick="if (window.print) {window.print();}"><svg class="icon baseline icon-printer">'
            '<use xlink:href="#icon-printer"></use></svg></a></div></div>')


def _byline_bottom(author: str) -> str:
    return (f'<div class="f5 pv1 flex justify-between"><div class="byline">'
            f'<adress class="pr2">Người viết: {esc(author or DEFAULT_AUTHOR)}</adress></div>'
            '<div class="funcicons"></div></div>')


def post_page(request: Request, story: Story) -> Response:
    o = story.opts
    path = f"/tin-tuc/{o['url']}"
    base = base_url(request)
    inner = (
        _crumbs([(CATEGORY, "/tin-tuc"), (story.title, None)])
        + f"<article><header><h1>{esc(story.title)}</h1>{_byline_top(o['shown'])}</header>\n"
        + render_content(story, base)
        + f"\n{_byline_bottom(o['author_meta'])}</article>"
    )
    meta = {"description": _describe(story), "author": o["author_meta"],
            "og_title": o["meta_title"], "image": o.get("hero")}
    return html(_layout(request, f"{o['meta_title']} | {SITE_TITLE}", path, _page(request, path, inner), meta))


def _entry(s: Story) -> str:
    o = s.opts
    day = f"{o['order'][:4]}-{o['order'][4:6]}-{o['order'][6:8]}"
    who = o["author_meta"] or "lqd.admin"
    hero = ""
    if o.get("hero"):
        thumb = o["hero"].replace("/media/live/", "/media/custom/").replace(".jpg", "-820x500.jpg")
        hero = f'<figure class="ma0"><img src="{thumb}" alt="" /></figure>'
    return (
        f'<li class="post-entry newsbox dib list pa0 w-100 mh0 mv4">{hero}<div class="pa2 ph4-ns pb4-ns">'
        f'<header><a class="link f-link underline-hover" href="/tin-tuc/{o["url"]}"><h2 class="mt4 mb2">'
        f'{esc(o["meta_title"])}</h2></a><div class="mt3"><small><time datetime="{day}">{_fmt_day(day)}'
        f"</time> | {esc(who)}</small></div></header><p>{esc(_describe(s))}</p></div></li>"
    )


def listing(request: Request, page: int) -> Response | None:
    pages = (len(POSTS) + PAGE_SIZE - 1) // PAGE_SIZE
    if not 1 <= page <= pages:
        return None
    chunk = POSTS[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    nums = " ".join(str(i) if i == page else f'<a class="page" href="/tin-tuc?page={i}">{i}</a>'
                    for i in range(1, pages + 1))
    inner = (
        _crumbs([(CATEGORY, None)])
        + f"<article><header><h1>{CATEGORY}</h1>{_byline_top('2026-12-03')}</header>\n"
        "<p>Tin tức, sự kiện và hoạt động của Trường THCS Lê Quý Đôn.</p>\n"
        f"{_byline_bottom('')}</article>"
        + '<ul class="post list pa0">' + "".join(_entry(s) for s in chunk)
        + f'<hr class="mv4"><p>Trang: {nums}</p></ul>'
    )
    return html(_layout(request, f"{CATEGORY} | {SITE_TITLE}", "/tin-tuc", _page(request, "/tin-tuc", inner),
                        {"description": "Tin tức, sự kiện của Trường THCS Lê Quý Đôn"}))


def intro_page(request: Request, slug: str) -> Response:
    title, paras = INTRO_PAGES[slug]
    path = f"/gioi-thieu/{slug}"
    keys = list(INTRO_PAGES)
    k = keys.index(slug)
    pager = '<div id="bottompager" class="f5 pv5 flex-l flex-m justify-between">'
    if k > 0:
        prev = keys[k - 1]
        pager += f'<a class="navigation link w-40-l" href="/gioi-thieu/{prev}">&lsaquo;&nbsp; {esc(INTRO_PAGES[prev][0])}</a>'
    if k + 1 < len(keys):
        nxt = keys[k + 1]
        pager += f'<a class="navigation link w-40-l tr" href="/gioi-thieu/{nxt}">{esc(INTRO_PAGES[nxt][0])} &nbsp;&rsaquo;</a>'
    pager += "</div>"
    inner = (
        _crumbs([("Giới thiệu", "/gioi-thieu"), (title, None)])
        + f"<article><header><h1>{esc(title)}</h1>{_byline_top('2026-09-05')}</header>\n"
        + "\n".join(f"<p>{esc(p)}</p>" for p in paras)
        + f"\n{_byline_bottom('')}</article>" + pager
    )
    return html(_layout(request, f"{title} | {SITE_TITLE}", path, _page(request, path, inner),
                        {"description": paras[0]}))


def gioi_thieu(request: Request) -> Response:
    flat = "".join(f'<li class="pv2"><a class="link" href="/gioi-thieu/{k}">{esc(v[0])}</a></li>'
                   for k, v in INTRO_PAGES.items())
    inner = (
        _crumbs([("Giới thiệu", None)])
        + f"<article><header><h1>Giới thiệu</h1>{_byline_top('2026-09-05')}</header>\n"
        "<p>Trường THCS Lê Quý Đôn – ngôi trường đạt chuẩn quốc gia giữa lòng thành phố Tam Kỳ.</p>\n"
        f"{_byline_bottom('')}</article>"
        f'<nav class="f4-l f5"><ul class="list pa0">{flat}</ul></nav>'
    )
    return html(_layout(request, f"Giới thiệu | {SITE_TITLE}", "/gioi-thieu",
                        _page(request, "/gioi-thieu", inner)))


def tai_lieu(request: Request) -> Response:
    rows = "".join(f'<li><a href="/tai-lieu/{f}">{esc(t)}</a> (PDF)</li>' for f, t in DOCS.items())
    inner = (
        _crumbs([("Tài liệu", None)])
        + f"<article><header><h1>Tài liệu</h1>{_byline_top('2026-11-28')}</header>\n"
        f"<p>Các văn bản, kế hoạch của nhà trường.</p>\n<ul>{rows}</ul>\n{_byline_bottom('')}</article>"
    )
    return html(_layout(request, f"Tài liệu | {SITE_TITLE}", "/tai-lieu", _page(request, "/tai-lieu", inner)))


def home(request: Request) -> Response:
    cards = []
    for s in POSTS[:3]:
        o = s.opts
        day = f"{o['order'][:4]}-{o['order'][4:6]}-{o['order'][6:8]}"
        desc = _describe(s)
        short = desc if len(desc) <= 80 else desc[:81].rsplit(" ", 1)[0] + "…"
        cards.append(
            '<li class="db list tl pa0 w-100 mh0 mv2 mh2-l shadow-2-hover">'
            f'<a class="link mv4 dim" href="/tin-tuc/{o["url"]}"><div class="db h4-5 overflow-hidden">'
            f'<img class="db w-100" src="{o.get("hero") or "/media/files/no-image.png"}" alt=""></div>'
            f'<div class="pa2 ph3-ns pb3-ns"><h3>{esc(o["meta_title"])}</h3><small class="f6">'
            f'<time datetime="{day}">{_fmt_day(day)}</time> | {esc(o["author_meta"] or "lqd.admin")}'
            f'</small><p class="f5 lh-copy">{esc(short)}</p></div></a></li>')
    body = (
        '<section id="landingpageintro" class="landingpageintro w-100 dib tc bl br bt">'
        f'<div class="mw7 pv6 ph3 center"><h1 class="f1">{SITE_TITLE}</h1>'
        "<p>Dạy tốt – Học tốt – Rèn luyện tốt. Chào mừng quý phụ huynh và các em học sinh.</p>"
        '<a class="button link dim dib pa3 ma1 ba" href="/gioi-thieu">Giới thiệu</a></div></section>'
        '<section id="landingpageinfo" class="landingpageinfo w-100 dib bl br"><div class="mw7 pv5 ph3 center">'
        "<h2>Năm học 2026 – 2027</h2><p>Nhà trường có 36 lớp với 1.512 học sinh và 78 cán bộ, giáo viên, "
        "nhân viên.</p></div></section>"
        '<section id="landingpagenews" class="landingpagenews w-100 dib tc bl br bb">'
        '<div class="mw8 pv6 ph3 center"><h2 class="f2">Tin tức – Sự kiện</h2>'
        f'<ul class="flex-l justify-between pa0">{"".join(cards)}</ul>'
        '<a href="/tin-tuc" class="button link dim dib pa3 ma1 ba">Xem tất cả tin</a></div></section>'
        f'<aside class="w-100 dib bl br bb ph3">{_widgets()}</aside>'
    )
    return html(_layout(request, SITE_TITLE, "/", body, {"description": "Website Trường THCS Lê Quý Đôn, Tam Kỳ"}))


def login(request: Request) -> Response:
    return html(
        '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Login | Typemill</title></head>'
        '<body><form method="POST" action="/tm/login"><input name="username"><input type="password" '
        'name="password"><input type="submit" value="Login"></form></body></html>')


class TypemillSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/media/", "/themes/")):
            return static_file(path)
        if path.startswith("/tai-lieu/") and path[len("/tai-lieu/"):] in DOCS:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/":
            return home(request)
        if path == "/tin-tuc":
            page = request.params.get("page", "1")
            return listing(request, int(page)) if page.isdigit() else None
        if path.startswith("/tin-tuc/"):
            slug = path[len("/tin-tuc/"):]
            if slug.endswith("/"):
                slug = slug[:-1]
            story = BY_URL.get(slug)
            return post_page(request, story) if story else None
        if path == "/gioi-thieu":
            return gioi_thieu(request)
        if path.startswith("/gioi-thieu/") and path[len("/gioi-thieu/"):] in INTRO_PAGES:
            return intro_page(request, path[len("/gioi-thieu/"):])
        if path == "/tai-lieu":
            return tai_lieu(request)
        if path == "/tm/login":
            return login(request)
        return None


def build_site() -> TypemillSite:
    return TypemillSite()


def _gold(story: Story) -> dict:
    path = f"/tin-tuc/{story.opts['url']}"
    alts = [path + "/"] if story in NEWEST_WIDGET else []
    return gold_record(story, path, CATEGORY, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]
