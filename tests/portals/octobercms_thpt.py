"""Fixture portal: an upper-secondary school's site on October CMS 3 with RainLab.Blog.

Imitates the site of Trường THPT Trần Quốc Tuấn (Quảng Ngãi) as a local agency builds it: October
CMS 3 (Laravel) with the RainLab.Blog and RainLab.Sitemap plugins, a Bootstrap 5 theme
(``themes/tqt-2024``), CMS pages written in Twig with October's AJAX framework. What it serves:

- Blog posts at ``/tin-tuc/bai-viet/<slug>`` (the slug alone, no id). The post page is
  ``div.post-detail``: ``h1.post-title``; ``p.post-info`` "Đăng ngày 12/11/2026 trong
  <a>Hoạt động Đoàn</a>, <a>Tin tức - Sự kiện</a>" (the date only, no time; a post may sit in two
  categories, the first listed is its primary one and the breadcrumb names it); the excerpt in
  ``div.post-excerpt`` when the post has one; the featured images (RainLab's ``featured_images``)
  as a Bootstrap carousel ``div.carousel`` (absolute URLs under ``/storage/app/uploads/public/``,
  a ``div.carousel-caption`` when the file has a description); the content in
  ``div.post-content``. Content comes from two editors: RainLab's Markdown editor (``p``, ``h3``,
  ``ul``, ``blockquote``; an image as ``<p><img></p>`` with the caption as an italic ``<em>``
  line either in the same paragraph or in the next one) and the Froala rich editor (``img.fr-fic
  fr-dib``, captions in Froala's ``span.fr-img-caption`` > ``span.fr-inner``, or
  ``figure``/``figcaption``, ``&nbsp;`` between words). Bylines close the content: "Tin: … – Ảnh:
  …", "Tin, ảnh: …", "BBT", a bold right-aligned "Tổ Tin học", a bare right-aligned name,
  "Nguồn: Báo …". Below: tags (search links), share buttons and an "In bài" button (JavaScript,
  no print URL), "Tin liên quan" (three newest other posts of the primary category, with dates).
- Listings: ``/tin-tuc`` (all posts, 5 a page) and ``/tin-tuc/chuyen-muc/<slug>`` (3 a page) with
  RainLab's pagination as a path segment: ``/tin-tuc/2``, ``/tin-tuc/chuyen-muc/<slug>/2``. The
  pager (``ul.pagination``: "&laquo;", numbered links, "&raquo;") links page 1 as ``…/1``, which
  answers the same page as the bare address. The month archive ``/tin-tuc/luu-tru/YYYY/MM``.
- Chrome: a top bar with TODAY, hotline and a "Đăng nhập" link to the October backend; a navbar
  with a mega menu; breadcrumbs "Trang chủ › Tin tức › <chuyên mục>"; a search box
  (``/tim-kiem?q=``); the sidebar: "Tin mới nhất" (5, dated), "Thông báo" (an AJAX partial: the
  first HTML holds the three newest notices, ``data-request="onLoadNotices"`` reloads them; there
  is no "more" link), "Lưu trữ" (months), a banner, the visitor-counter partial; a footer with the
  address, hotline, e-mail and "Chịu trách nhiệm nội dung".
- Non-articles: ``/gioi-thieu`` (static page), ``/lien-he`` (form ``data-request="onSend"``),
  ``/thoi-khoa-bieu`` (a timetable table and a PDF), ``/doi-ngu`` (staff cards),
  ``/thu-vien-anh`` and ``/thu-vien-anh/<slug>`` (albums), ``/tai-lieu`` (files from October's
  media library ``/storage/app/media/tai-lieu/…pdf``), ``/tim-kiem``. ``/sitemap.xml`` (announced
  in robots.txt) lists pages, categories and every post. ``/backend`` is October's admin (robots
  disallows it). Unknown paths get the theme's 404 page with status 404.

Traps. October's AJAX handlers (``data-request="onLoadNotices"``, ``data-request="onSend"``) are
POSTs to the page's own URL with the ``X-OCTOBER-REQUEST-HANDLER`` header, never links; such a
POST answers JSON. Listings also take ``?page=N`` (``/tin-tuc?page=2`` is ``/tin-tuc/2``), and
``/1`` repeats page 1. Any page number past the last answers 200 "Chưa có bài viết nào." (no
redirect). The month archive answers 200 for every month from 1970 on and always links the
previous month ("« Tháng 10/2026"), so it never ends backwards; the sidebar links its three
months into it. Search results pages (``/tim-kiem?q=…``, also linked from tags) repeat posts.

Encodings: UTF-8 throughout; one post (Hội nghị viên chức) was pasted from Word in decomposed
Unicode (NFD); Froala posts carry ``&nbsp;`` and ``&quot;``.

Gold (by hand). Articles are the blog posts; everything else is not. Judgement calls:
- ``published_at`` is the date of "Đăng ngày DD/MM/YYYY": a date only (no time is printed).
- ``category`` is the primary category: the first one in "trong …" and the last breadcrumb
  link. Two Đoàn posts are also listed under "Tin tức - Sự kiện"; their gold is "Hoạt động Đoàn".
- The excerpt (``div.post-excerpt``) is the summary and the body's first paragraph. One post's
  excerpt repeats the content's first paragraph word for word: the paragraph is taken once.
- Featured images are article images: the carousel's slides in order, before the content's
  images; a slide's caption is its ``carousel-caption`` text, a slide without one has no caption.
- An italic line right under a content image (same ``<p>`` or the next) is its caption; Froala's
  ``fr-inner`` and ``figcaption`` are captions; a bare image has none. A caption ending "(Ảnh:
  Minh Đức)" is kept as printed and names Minh Đức as photographer.
- Bylines: "Tin: X – Ảnh: Y" gives authors [X] and photographers [Y]; "Tin, ảnh: Z" puts Z in
  both; "BBT" (the editorial board, printed alone as the signature) credits nobody, as in every other fixture (harmonised after the blind crawl; the first gold made it the author); "Tổ Tin học"
  (a department, bold and right-aligned as signature) is the author; a bare right-aligned name is
  the author; "Nguồn: Báo Quảng Ngãi" is the source (no author). Bylines are not body.
- Headings (``h3``), list items and blockquote paragraphs are body paragraphs. A post's "Tải về"
  attachment line and its tags are not body.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import date
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "octobercms_thpt"
PLATFORM = "octobercms"
START_PATH = "/"

SITE = "Trường THPT Trần Quốc Tuấn"
ADDRESS = "Số 128 đường Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi"
HOTLINE = "0255 3 822 417"
EMAIL = "thpttranquoctuan@quangngai.edu.vn"
THEME = "/themes/tqt-2024/assets"
MEDIA = "/storage/app/media"
CAT_PER_PAGE = 3
ALL_PER_PAGE = 5
RELATED = 3
TODAY_MONTH = (2026, 11)

#: RainLab.Blog categories: slug -> name
CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-doan": "Hoạt động Đoàn",
    "thong-bao": "Thông báo",
}


def _disk(name: str) -> str:
    """October's ``disk_name`` for an upload: a uniqid-like 23-hex name, 3/3/3 directories."""
    digest = hashlib.md5(name.encode()).hexdigest()[:23]
    return f"/storage/app/uploads/public/{digest[:3]}/{digest[3:6]}/{digest[6:9]}/{digest}.jpg"


def _thumb(full: str, w: int, h: int) -> str:
    folder, disk = full.rsplit("/", 1)
    seq = int(hashlib.md5(disk.encode()).hexdigest()[:4], 16) % 900 + 100
    return f"{folder}/thumb_{seq}_{w}_{h}_0_0_crop.jpg"


# Story.opts: d (date), cats (category slugs, primary first), editor (md | froala), featured
# (list of (file name, description or None)), tags, attach (media path, label), nfd, dup_excerpt
# (excerpt printed and repeated as the content's first paragraph).
# P styles: "" paragraph, h3, li, quote. Img styles: md-inline (img and <em> in one <p>), md-next
# (<em> in the next <p>), froala-cap (span.fr-img-caption), figure, bare.
STORIES: list[Story] = [
    Story(
        id=212,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường THPT Trần Quốc Tuấn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20",
        summary=(
            "Sáng 20/11/2026, Trường THPT Trần Quốc Tuấn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) với sự tham dự của đại diện lãnh đạo địa"
            " phương, Ban đại diện cha mẹ học sinh cùng đông đảo thầy cô giáo và hơn 1.500 học sinh."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _disk("20-11-le-ky-niem-1"),
                "Quang cảnh Lễ kỷ niệm tại sân trường",
                "Quang cảnh Lễ kỷ niệm tại sân trường",
                "featured",
            ),
            Img(
                _disk("20-11-le-ky-niem-2"),
                "Thầy Hiệu trưởng Lê Văn Thành ôn lại truyền thống Ngày Nhà giáo Việt Nam",
                "Thầy Hiệu trưởng Lê Văn Thành ôn lại truyền thống Ngày Nhà giáo Việt Nam",
                "featured",
            ),
            Img(_disk("20-11-le-ky-niem-3"), None, None, "featured"),
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ đặc sắc do các câu lạc bộ nghệ thuật của"
                " học sinh dàn dựng, với những tiết mục ca ngợi công lao của các thế hệ thầy cô giáo."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Lê Văn Thành, Hiệu trưởng nhà trường, điểm lại những kết"
                " quả nổi bật của năm học 2025 – 2026: tỷ lệ tốt nghiệp THPT đạt 99,8%, 42 học sinh đạt"
                " giải học sinh giỏi cấp tỉnh, nhà trường được công nhận đạt kiểm định chất lượng giáo"
                " dục cấp độ 3."
            ),
            P(
                "“Mỗi thầy cô hãy luôn là tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi"
                " theo; đó là món quà ý nghĩa nhất chúng ta dành tặng cho nghề”, thầy Thành nhấn mạnh.",
                "quote",
            ),
            Img(
                f"{MEDIA}/tin-tuc/2026/11/20-11-khen-thuong.jpg",
                "Khen thưởng các thầy cô giáo đạt danh hiệu Chiến sĩ thi đua cơ sở",
                "Khen thưởng các thầy cô giáo đạt danh hiệu Chiến sĩ thi đua cơ sở",
                "md-inline",
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở"
                " và 28 học sinh đạt thành tích cao trong các kỳ thi cấp tỉnh năm học 2025 – 2026."
            ),
            Raw("<p><strong>Tin: Nguyễn Thị Thu Hiền – Ảnh: Trần Minh Đức</strong></p>"),
        ],
        authors=["Nguyễn Thị Thu Hiền"],
        photographers=["Trần Minh Đức"],
        opts={"d": date(2026, 11, 20), "cats": ["tin-tuc-su-kien"], "editor": "md", "tags": ["Ngày Nhà giáo Việt Nam"]},
    ),
    Story(
        id=211,
        slug="chung-ket-hoi-thi-rung-chuong-vang-nam-hoc-2026-2027",
        title="Sôi nổi Chung kết Hội thi “Rung chuông vàng” chào mừng Ngày Nhà giáo Việt Nam",
        cat="hoat-dong-doan",
        published_at="2026-11-18",
        summary=(
            "Chiều 16/11/2026, Đoàn trường tổ chức Chung kết Hội thi “Rung chuông vàng” năm học"
            " 2026 – 2027 dành cho 100 thí sinh xuất sắc nhất của ba khối lớp."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _disk("rung-chuong-vang-2026"),
                "100 thí sinh bước vào vòng chung kết",
                "100 thí sinh bước vào vòng chung kết",
                "featured",
            ),
            P(
                "Các câu hỏi của hội thi xoay quanh kiến thức các môn học trong chương trình, lịch sử"
                " truyền thống của Đoàn TNCS Hồ Chí Minh và của nhà trường, an toàn giao thông và kỹ"
                " năng sống."
            ),
            Img(
                f"{MEDIA}/doan-truong/2026/11/rung-chuong-vang-cuu-tro.jpg",
                "Phần thi cứu trợ dành cho các thí sinh đã dừng cuộc chơi",
                "Phần thi cứu trợ dành cho các thí sinh đã dừng cuộc chơi",
                "figure",
            ),
            P(
                "Sau 20 câu hỏi đầy kịch tính, em Huỳnh Gia Bảo (lớp 11A1) là thí sinh trụ lại cuối"
                " cùng và xuất sắc rung tiếng chuông vàng ở câu hỏi thứ 21."
            ),
            P(
                "Ban tổ chức đã trao giải Nhất cho em Huỳnh Gia Bảo, hai giải Nhì, ba giải Ba và giải"
                " cổ động viên cho chi đoàn 10A4."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phạm Quốc Việt</strong></p>'),
        ],
        authors=["Phạm Quốc Việt"],
        photographers=["Phạm Quốc Việt"],
        opts={
            "d": date(2026, 11, 18),
            "cats": ["hoat-dong-doan", "tin-tuc-su-kien"],
            "editor": "froala",
            "tags": ["Đoàn trường", "Rung chuông vàng"],
        },
    ),
    Story(
        id=210,
        slug="thong-bao-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-16",
        blocks=[
            P(
                "Thực hiện kế hoạch năm học 2026 – 2027, nhà trường thông báo lịch kiểm tra giữa học kỳ"
                " I đối với các môn học như sau:"
            ),
            P("Thời gian kiểm tra", "h3"),
            P("Khối 12: từ ngày 23/11 đến ngày 26/11/2026;", "li"),
            P("Khối 11: từ ngày 24/11 đến ngày 27/11/2026;", "li"),
            P("Khối 10: từ ngày 25/11 đến ngày 28/11/2026.", "li"),
            P("Lưu ý", "h3"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh"
                " và đồ dùng học tập cần thiết; không mang điện thoại vào phòng kiểm tra."
            ),
            P("Lịch chi tiết từng môn xem trong tệp đính kèm."),
        ],
        opts={
            "d": date(2026, 11, 16),
            "cats": ["thong-bao"],
            "editor": "md",
            "tags": ["Kiểm tra"],
            "attach": (f"{MEDIA}/tai-lieu/2026/lich-kiem-tra-giua-hk1-2026-2027.pdf", "Lịch kiểm tra giữa học kỳ I (PDF)"),
        },
    ),
    Story(
        id=208,
        slug="chuyen-de-ung-dung-tri-tue-nhan-tao-trong-day-hoc",
        title="Tổ Tin học tổ chức chuyên đề “Ứng dụng trí tuệ nhân tạo trong dạy học”",
        cat="tin-tuc-su-kien",
        published_at="2026-11-14",
        blocks=[
            P(
                "Chiều 12/11/2026, Tổ Tin học phối hợp với Tổ Toán tổ chức chuyên đề “Ứng dụng trí tuệ"
                " nhân tạo trong dạy học” cho toàn thể giáo viên nhà trường."
            ),
            P(
                "Tại chuyên đề, cô Trương Thị Bích Ngọc giới thiệu một số công cụ hỗ trợ soạn bài giảng,"
                " thiết kế câu hỏi trắc nghiệm và phân tích kết quả học tập của học sinh; đồng thời lưu ý"
                " những nguyên tắc khi sử dụng trí tuệ nhân tạo để bảo đảm tính trung thực trong học tập."
            ),
            Img(
                f"{MEDIA}/tin-tuc/2026/11/chuyen-de-ai-1.jpg",
                "Cô Trương Thị Bích Ngọc trình bày chuyên đề",
                "Cô Trương Thị Bích Ngọc trình bày chuyên đề",
                "md-next",
            ),
            P("Thực hành trên lớp", "h3"),
            P(
                "Sau phần lý thuyết, các thầy cô thực hành xây dựng một tiết dạy mẫu môn Toán lớp 10 có"
                " sử dụng trợ lý ảo để gợi ý hoạt động khởi động và bài tập phân hóa."
            ),
            Img(f"{MEDIA}/tin-tuc/2026/11/chuyen-de-ai-2.jpg", None, None, "md-bare"),
            P(
                "Chuyên đề nhận được nhiều ý kiến trao đổi sôi nổi; nhà trường sẽ nhân rộng cách làm này"
                " trong các tổ chuyên môn từ học kỳ II."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Tin học</strong></p>'),
        ],
        authors=["Tổ Tin học"],
        opts={"d": date(2026, 11, 14), "cats": ["tin-tuc-su-kien"], "editor": "froala-md", "tags": ["Chuyên môn", "Chuyển đổi số"]},
    ),
    Story(
        id=207,
        slug="doan-truong-phat-dong-phong-trao-ke-hoach-nho-nam-hoc-2026-2027",
        title="Đoàn trường phát động phong trào “Kế hoạch nhỏ” năm học 2026 – 2027",
        cat="hoat-dong-doan",
        published_at="2026-11-12",
        summary=(
            "Sáng thứ Hai 09/11/2026, trong giờ chào cờ, Đoàn trường đã phát động phong trào “Kế hoạch"
            " nhỏ” thu gom giấy vụn, vỏ chai nhựa để gây quỹ hỗ trợ học sinh có hoàn cảnh khó khăn."
        ),
        blocks=[
            P(
                "Sáng thứ Hai 09/11/2026, trong giờ chào cờ, Đoàn trường đã phát động phong trào “Kế hoạch"
                " nhỏ” thu gom giấy vụn, vỏ chai nhựa để gây quỹ hỗ trợ học sinh có hoàn cảnh khó khăn."
            ),
            Img(_disk("ke-hoach-nho-1"), None, None, "featured"),
            Img(_disk("ke-hoach-nho-2"), None, None, "featured"),
            P(
                "Theo kế hoạch, các chi đoàn thu gom và nộp sản phẩm về Văn phòng Đoàn vào sáng thứ Bảy"
                " hằng tuần, đến hết ngày 15/12/2026. Toàn bộ số tiền thu được sẽ dùng để trao học bổng và"
                " tặng áo ấm cho học sinh trong dịp Tết Nguyên đán."
            ),
            P(
                "Ngay trong tuần đầu, các chi đoàn đã thu gom được hơn 850 kg giấy vụn và 3.200 vỏ chai"
                " nhựa; dẫn đầu là chi đoàn 12A2 và 10A6."
            ),
            Raw("<p><strong>BBT</strong></p>"),
        ],
        authors=[],  # "BBT": the editorial board signs, nobody is credited (harmonised)
        opts={
            "d": date(2026, 11, 12),
            "cats": ["hoat-dong-doan", "tin-tuc-su-kien"],
            "editor": "md",
            "dup_excerpt": True,
            "tags": ["Đoàn trường"],
        },
    ),
    Story(
        id=205,
        slug="hoc-sinh-dat-9-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        title="Học sinh nhà trường đạt 9 giải tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        cat="tin-tuc-su-kien",
        published_at="2026-11-09",
        summary=(
            "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027 vừa công bố kết quả; Trường"
            " THPT Trần Quốc Tuấn có 9 học sinh đạt giải, trong đó có 1 giải Nhất."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _disk("hsg-tinh-lop-12-2026"),
                "Các em học sinh đạt giải chụp ảnh lưu niệm cùng Ban Giám hiệu",
                "Các em học sinh đạt giải chụp ảnh lưu niệm cùng Ban Giám hiệu",
                "featured",
            ),
            P(
                "Kỳ thi diễn ra trong hai ngày 28 và 29/10/2026 với 1.126 thí sinh của 41 trường THPT"
                " trong tỉnh tham dự, ở 10 môn thi."
            ),
            P(
                "Em Nguyễn Hoàng Phúc (lớp 12A1) đạt giải Nhất môn Hóa học; các em còn lại đạt 2 giải"
                " Nhì, 3 giải Ba và 3 giải Khuyến khích ở các môn Toán, Ngữ văn, Tiếng Anh và Sinh học."
            ),
            P(
                "Đây là kết quả của quá trình ôn luyện nghiêm túc của thầy và trò, góp phần khẳng định"
                " chất lượng mũi nhọn của nhà trường."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Quảng Ngãi</em></p>'),
        ],
        source="Báo Quảng Ngãi",
        opts={"d": date(2026, 11, 9), "cats": ["tin-tuc-su-kien"], "editor": "froala", "tags": ["Học sinh giỏi"]},
    ),
    Story(
        id=203,
        slug="thong-bao-tham-gia-bao-hiem-y-te-hoc-sinh-nam-2027",
        title="Thông báo về việc tham gia bảo hiểm y tế học sinh năm 2027",
        cat="thong-bao",
        published_at="2026-11-05",
        blocks=[
            P(
                "Căn cứ Luật Bảo hiểm y tế và hướng dẫn của Bảo hiểm xã hội tỉnh, nhà trường thông báo đến"
                " cha mẹ học sinh về việc tham gia bảo hiểm y tế học sinh năm 2027 như sau:"
            ),
            P("Mức đóng: 884.520 đồng/học sinh/12 tháng (từ 01/01/2027 đến 31/12/2027).", "li"),
            P("Thời gian thu: từ ngày 10/11 đến ngày 10/12/2026, tại phòng Y tế nhà trường.", "li"),
            P(
                "Học sinh đã có thẻ bảo hiểm y tế theo hộ gia đình hoặc đối tượng chính sách nộp bản"
                " photo thẻ cho giáo viên chủ nhiệm.",
                "li",
            ),
            P("Mọi thắc mắc xin liên hệ nhân viên y tế trường học qua số điện thoại 0905 214 368."),
        ],
        opts={"d": date(2026, 11, 5), "cats": ["thong-bao"], "editor": "froala", "tags": ["Bảo hiểm y tế"]},
    ),
    Story(
        id=201,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-30",
        summary=(
            "Ngày 28/10/2026, Trường THPT Trần Quốc Tuấn tổ chức Hội nghị viên chức, người lao động"
            " năm học 2026 – 2027 nhằm đánh giá kết quả năm học trước và bàn giải pháp thực hiện nhiệm"
            " vụ năm học mới."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _disk("hoi-nghi-vien-chuc-2026"),
                "Đoàn Chủ tịch điều hành Hội nghị",
                "Đoàn Chủ tịch điều hành Hội nghị",
                "featured",
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học"
                " 2026 – 2027; báo cáo công khai tài chính và báo cáo hoạt động của Ban Thanh tra nhân dân."
            ),
            P(
                "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết về đổi mới phương pháp dạy"
                " học, kiểm tra đánh giá theo Chương trình giáo dục phổ thông 2018 và việc chăm lo đời"
                " sống cho cán bộ, giáo viên."
            ),
            Img(f"{MEDIA}/tin-tuc/2026/10/hoi-nghi-vien-chuc-ky-giao-uoc.jpg", None, None, "md-bare"),
            P(
                "Kết thúc hội nghị, Hiệu trưởng và Chủ tịch Công đoàn đã ký kết giao ước thi đua; 100%"
                " đại biểu biểu quyết thông qua nghị quyết hội nghị."
            ),
            Raw("<p><strong>Tin: Lê Văn Hòa</strong></p>"),
        ],
        authors=["Lê Văn Hòa"],
        opts={"d": date(2026, 10, 30), "cats": ["tin-tuc-su-kien"], "editor": "md", "nfd": True, "tags": ["Công đoàn"]},
    ),
    Story(
        id=198,
        slug="chi-doan-11a3-hanh-trinh-ve-nguon-tai-khu-chung-tich-son-my",
        title="Chi đoàn 11A3 với hành trình về nguồn tại Khu chứng tích Sơn Mỹ",
        cat="hoat-dong-doan",
        published_at="2026-10-22",
        blocks=[
            P(
                "Ngày 18/10/2026, 42 đoàn viên chi đoàn 11A3 đã có chuyến hành trình về nguồn tại Khu"
                " chứng tích Sơn Mỹ, xã Tịnh Khê."
            ),
            P(
                "Tại đây, các em dâng hương tưởng niệm 504 đồng bào đã bị sát hại trong vụ thảm sát năm"
                " 1968, nghe thuyết minh về lịch sử khu chứng tích và tham quan nhà trưng bày."
            ),
            Img(
                f"{MEDIA}/doan-truong/2026/10/son-my-dang-huong.jpg",
                "Đoàn viên chi đoàn 11A3 dâng hương tại Khu chứng tích (Ảnh: Minh Đức)",
                "Đoàn viên chi đoàn 11A3 dâng hương tại Khu chứng tích (Ảnh: Minh Đức)",
                "froala-cap",
            ),
            P(
                "Chuyến đi giúp các em hiểu thêm về những đau thương, mất mát của dân tộc và trân trọng"
                " hơn cuộc sống hòa bình hôm nay."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Võ Thị Mỹ Linh</strong></p>'),
        ],
        authors=["Võ Thị Mỹ Linh"],
        photographers=["Minh Đức"],
        opts={"d": date(2026, 10, 22), "cats": ["hoat-dong-doan"], "editor": "froala", "tags": ["Đoàn trường", "Về nguồn"]},
    ),
    Story(
        id=195,
        slug="tap-huan-ky-nang-phong-chong-duoi-nuoc-cho-hoc-sinh-khoi-10",
        title="Tập huấn kỹ năng phòng, chống đuối nước cho học sinh khối 10",
        cat="tin-tuc-su-kien",
        published_at="2026-10-15",
        blocks=[
            P(
                "Nhằm trang bị cho học sinh kỹ năng tự bảo vệ bản thân trong mùa mưa lũ, ngày 13/10/2026,"
                " nhà trường phối hợp với Hội Chữ thập đỏ tỉnh tổ chức buổi tập huấn kỹ năng phòng, chống"
                " đuối nước cho 480 học sinh khối 10."
            ),
            Img(f"{MEDIA}/tin-tuc/2026/10/tap-huan-duoi-nuoc.jpg", None, None, "figure-bare"),
            P(
                "Học sinh được hướng dẫn cách nhận biết vùng nước nguy hiểm, cách tự cứu khi bị đuối nước,"
                " cách sử dụng áo phao và phương pháp sơ cứu, hô hấp nhân tạo cho người bị nạn."
            ),
            P(
                "Nhiều em đã trực tiếp thực hành trên mô hình dưới sự hướng dẫn của các hội viên Hội Chữ"
                " thập đỏ."
            ),
            Raw('<p style="text-align: right;">Đặng Thị Kim Oanh</p>'),
        ],
        authors=["Đặng Thị Kim Oanh"],
        opts={"d": date(2026, 10, 15), "cats": ["tin-tuc-su-kien"], "editor": "froala", "tags": ["Kỹ năng sống"]},
    ),
    Story(
        id=192,
        slug="thong-bao-tuyen-chon-doi-tuyen-hoc-sinh-gioi-cap-tinh",
        title="Thông báo tuyển chọn học sinh tham gia đội tuyển học sinh giỏi cấp tỉnh năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-10-06",
        blocks=[
            P(
                "Nhà trường tổ chức kiểm tra tuyển chọn học sinh khối 10, 11 tham gia đội tuyển học sinh"
                " giỏi cấp tỉnh năm học 2026 – 2027 ở các môn: Toán, Vật lí, Hóa học, Sinh học, Tin học,"
                " Ngữ văn, Lịch sử, Địa lí và Tiếng Anh."
            ),
            P(
                "Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 12/10/2026. Bài kiểm tra tuyển chọn"
                " diễn ra vào chiều thứ Bảy, ngày 17/10/2026."
            ),
        ],
        opts={"d": date(2026, 10, 6), "cats": ["thong-bao"], "editor": "md", "tags": ["Học sinh giỏi"]},
    ),
    Story(
        id=188,
        slug="trao-30-suat-hoc-bong-tiep-buoc-den-truong",
        title="Trao 30 suất học bổng “Tiếp bước đến trường” cho học sinh vượt khó",
        cat="tin-tuc-su-kien",
        published_at="2026-09-28",
        summary=(
            "Hội Cựu học sinh Trường THPT Trần Quốc Tuấn vừa trao 30 suất học bổng “Tiếp bước đến"
            " trường”, mỗi suất 2 triệu đồng, cho học sinh có hoàn cảnh khó khăn vươn lên học tốt."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các em nhận học bổng là học sinh thuộc hộ nghèo, cận nghèo, mồ côi cha hoặc mẹ, có kết"
                " quả học tập năm học 2025 – 2026 đạt từ loại Khá trở lên."
            ),
            Img(
                f"{MEDIA}/tin-tuc/2026/09/trao-hoc-bong-tiep-buoc.jpg",
                "Đại diện Hội Cựu học sinh trao học bổng cho các em",
                "Đại diện Hội Cựu học sinh trao học bổng cho các em",
                "md-next",
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện Hội Cựu học sinh mong muốn các em tiếp tục nỗ lực, biến"
                " khó khăn thành động lực để học tập thật tốt."
            ),
            Raw("<p><em>Nguồn: Báo Giáo dục &amp; Thời đại</em></p>"),
        ],
        source="Báo Giáo dục & Thời đại",
        opts={"d": date(2026, 9, 28), "cats": ["tin-tuc-su-kien"], "editor": "md", "tags": ["Học bổng"]},
    ),
]

_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}


def post_path(story: Story) -> str:
    return f"/tin-tuc/bai-viet/{story.slug}"


def newest(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or cat in s.opts["cats"]]
    return sorted(items, key=lambda s: (s.opts["d"], s.id), reverse=True)


def in_month(year: int, month: int) -> list[Story]:
    return [s for s in newest() if (s.opts["d"].year, s.opts["d"].month) == (year, month)]


def _pages(count: int, per: int) -> int:
    return max(1, -(-count // per))


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [gold_record(s, post_path(s), CATS[s.cat]) for s in STORIES]

ALBUMS: dict[str, tuple[str, str, int]] = {
    "le-khai-giang-nam-hoc-2026-2027": ("Lễ khai giảng năm học 2026 – 2027", "05/09/2026", 6),
    "hoi-trai-truyen-thong-26-3-2026": ("Hội trại truyền thống 26/3/2026", "27/03/2026", 5),
}

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    *(f"/tin-tuc/{n}" for n in range(2, _pages(len(STORIES), ALL_PER_PAGE) + 1)),
    *(f"/tin-tuc/chuyen-muc/{c}" for c in CATS),
    *(
        f"/tin-tuc/chuyen-muc/{c}/{n}"
        for c in CATS
        for n in range(2, _pages(len(newest(c)), CAT_PER_PAGE) + 1)
    ),
    "/gioi-thieu",
    "/lien-he",
    "/thoi-khoa-bieu",
    "/doi-ngu",
    "/thu-vien-anh",
    *(f"/thu-vien-anh/{a}" for a in ALBUMS),
    "/tai-lieu",
    "/tim-kiem",
]


# --------------------------------------------------------------------------- rendering


def _dmy(d: date) -> str:
    return f"{d:%d/%m/%Y}"


def _t(value: str, story: Story | None = None) -> str:
    return text(value, nfd=bool(story and story.opts.get("nfd")))


def _froala(value: str) -> str:
    """Froala's output: a non-breaking space after the first comma, quotes as &quot;."""
    out = text(value).replace('"', "&quot;")
    return out.replace(", ", ",&nbsp;", 1)


def _content(story: Story) -> str:
    editor = story.opts["editor"]
    froala = editor.startswith("froala")
    parts: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "featured")]
    if story.opts.get("dup_excerpt"):
        pass  # the excerpt is the first P, printed in div.post-excerpt *and* here
    elif story.summary and not story.sapo_outside:
        blocks = blocks[1:]

    def para(value: str) -> str:
        return _froala(value) if froala else _t(value, story)

    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{para(blocks[i].text)}</li>")
                i += 1
            parts.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if isinstance(block, P):
            if block.style == "h3":
                parts.append(f"<h3>{para(block.text)}</h3>")
            elif block.style == "quote":
                parts.append(f"<blockquote>\n<p>{para(block.text)}</p>\n</blockquote>")
            else:
                parts.append(f"<p>{para(block.text)}</p>")
        elif isinstance(block, Img):
            parts.append(_image(block, story))
        else:
            parts.append(block.html)
        i += 1
    return "\n".join(parts)


def _image(img: Img, story: Story) -> str:
    name = img.src.rsplit("/", 1)[1]
    alt = esc(name.rsplit(".", 1)[0])
    cap = _t(img.printed, story) if img.printed else ""
    if img.style == "md-inline":
        return f'<p><img src="{esc(img.src)}" alt="{alt}">\n<em>{cap}</em></p>'
    if img.style == "md-next":
        if story.opts["editor"] == "froala-md":
            return (
                f'<p><img src="{esc(img.src)}" class="fr-fic fr-dib" style="width: 720px;" alt="{alt}"></p>\n'
                f'<p style="text-align: center;"><em>{cap}</em></p>'
            )
        return f'<p><img src="{esc(img.src)}" alt="{alt}"></p>\n<p><em>{cap}</em></p>'
    if img.style == "md-bare":
        if story.opts["editor"] == "froala-md":
            return f'<p><img src="{esc(img.src)}" class="fr-fic fr-dib" style="width: 720px;"></p>'
        return f'<p><img src="{esc(img.src)}" alt="{alt}"></p>'
    if img.style == "froala-cap":
        return (
            '<p><span class="fr-img-caption fr-fic fr-dib" style="width: 720px;"><span class="fr-img-wrap">'
            f'<img src="{esc(img.src)}"><span class="fr-inner">{cap}</span></span></span></p>'
        )
    if img.style == "figure":
        return f'<figure class="image"><img src="{esc(img.src)}" alt="{alt}"><figcaption>{cap}</figcaption></figure>'
    if img.style == "figure-bare":
        return f'<figure class="image"><img src="{esc(img.src)}" alt="{alt}"></figure>'
    raise ValueError(img.style)


def _carousel(story: Story, request: Request) -> str:
    featured = [b for b in story.blocks if isinstance(b, Img) and b.style == "featured"]
    if not featured:
        return ""
    base = base_url(request)
    on = ' class="active" aria-current="true"'
    dots = "".join(
        f'<button type="button" data-bs-target="#postGallery" data-bs-slide-to="{n}"'
        f'{on if n == 0 else ""} aria-label="Ảnh {n + 1}"></button>'
        for n in range(len(featured))
    )
    slides = []
    for n, img in enumerate(featured):
        caption = (
            f'\n    <div class="carousel-caption d-none d-md-block"><p>{_t(img.printed, story)}</p></div>'
            if img.printed
            else ""
        )
        slides.append(
            f'  <div class="carousel-item{" active" if n == 0 else ""}">\n'
            f'    <img src="{base}{img.src}" class="d-block w-100" alt="{esc(story.title)}">{caption}\n  </div>'
        )
    controls = (
        '<button class="carousel-control-prev" type="button" data-bs-target="#postGallery" data-bs-slide="prev">'
        '<span class="carousel-control-prev-icon" aria-hidden="true"></span><span class="visually-hidden">Trước</span></button>\n'
        '<button class="carousel-control-next" type="button" data-bs-target="#postGallery" data-bs-slide="next">'
        '<span class="carousel-control-next-icon" aria-hidden="true"></span><span class="visually-hidden">Sau</span></button>'
    )
    indicators = f'<div class="carousel-indicators">{dots}</div>\n' if len(featured) > 1 else ""
    return (
        f'<div id="postGallery" class="carousel slide post-gallery mb-4" data-bs-ride="carousel">\n{indicators}'
        f'<div class="carousel-inner">\n' + "\n".join(slides) + f"\n</div>\n{controls}\n</div>"
    )


def _card_image(story: Story) -> str:
    featured = [b for b in story.blocks if isinstance(b, Img) and b.style == "featured"]
    if featured:
        return _thumb(featured[0].src, 400, 250)
    return f"{THEME}/images/no-image.jpg"


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 150 else first[:150].rsplit(" ", 1)[0] + "..."


# --- the layout -------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Lịch sử nhà trường"), ("/doi-ngu", "Đội ngũ cán bộ, giáo viên")]),
    (
        "/tin-tuc",
        "Tin tức",
        [(f"/tin-tuc/chuyen-muc/{slug}", name) for slug, name in CATS.items()],
    ),
    ("/thoi-khoa-bieu", "Thời khóa biểu", []),
    ("/tai-lieu", "Tài liệu", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]


def _navbar(active: str) -> str:
    items = []
    for href, label, sub in _MENU:
        on = " active" if href == active else ""
        if not sub:
            items.append(f'<li class="nav-item"><a class="nav-link{on}" href="{href}">{esc(label)}</a></li>')
            continue
        links = "".join(f'<li><a class="dropdown-item" href="{h}">{esc(n)}</a></li>' for h, n in sub)
        mega = ""
        if href == "/tin-tuc":
            latest = newest()[:2]
            mega = '<div class="col-md-6 border-start"><h6 class="mega-heading">Tin nổi bật</h6>' + "".join(
                f'<a class="mega-post d-flex gap-2 mb-2" href="{post_path(s)}"><img src="{_card_image(s)}" alt="" width="60">'
                f'<span>{esc(s.title)}</span></a>'
                for s in latest
            ) + "</div>"
        items.append(
            f'<li class="nav-item dropdown has-mega"><a class="nav-link dropdown-toggle{on}" href="{href}" role="button" data-bs-toggle="dropdown">{esc(label)}</a>'
            f'<div class="dropdown-menu mega-menu"><div class="row"><div class="col-md-6"><ul class="list-unstyled">{links}</ul></div>{mega}</div></div></li>'
        )
    return f"""<header class="site-header">
<div class="top-bar"><div class="container d-flex justify-content-between align-items-center">
<span class="today"><i class="fa fa-calendar"></i> {TODAY}</span>
<span class="hotline">Hotline: <a href="tel:{HOTLINE.replace(" ", "")}">{HOTLINE}</a> · <a href="/backend" rel="nofollow">Đăng nhập</a></span>
</div></div>
<div class="brand-bar"><div class="container d-flex align-items-center">
<a href="/" class="logo"><img src="{THEME}/images/logo.png" alt="{esc(SITE)}"></a>
<div class="brand-text"><span class="brand-sub">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NGÃI</span><span class="brand-name">{esc(SITE.upper())}</span></div>
<form class="search-box ms-auto d-flex" action="/tim-kiem" method="get" role="search">
<input class="form-control form-control-sm" type="search" name="q" placeholder="Tìm kiếm..." aria-label="Tìm kiếm">
<button class="btn btn-sm btn-warning" type="submit"><i class="fa fa-search"></i></button></form>
</div></div>
<nav class="navbar navbar-expand-lg navbar-dark main-nav"><div class="container">
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainMenu"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainMenu"><ul class="navbar-nav">{"".join(items)}</ul></div>
</div></nav>
</header>"""


def _notice_items() -> str:
    return "\n".join(
        f'<li class="notice-item"><a href="{post_path(s)}">{esc(s.title)}</a> <span class="notice-date">({_dmy(s.opts["d"])})</span></li>'
        for s in newest("thong-bao")[:3]
    )


def _sidebar() -> str:
    latest = "\n".join(
        f'<li class="d-flex gap-2 mb-2"><a href="{post_path(s)}" class="flex-shrink-0"><img src="{_card_image(s)}" width="80" alt=""></a>'
        f'<div><a href="{post_path(s)}" class="latest-title">{esc(s.title)}</a><div class="latest-date"><i class="fa fa-clock-o"></i> {_dmy(s.opts["d"])}</div></div></li>'
        for s in newest()[:5]
    )
    months = []
    for y, m in ((2026, 11), (2026, 10), (2026, 9)):
        months.append(f'<li><a href="/tin-tuc/luu-tru/{y}/{m:02d}">Tháng {m:02d}/{y}</a> ({len(in_month(y, m))})</li>')
    return f"""<aside class="col-lg-4 sidebar">
<div class="widget widget-notices" id="notice-box">
<h3 class="widget-title"><i class="fa fa-bullhorn"></i> Thông báo</h3>
<ul id="notice-list" class="list-unstyled">
{_notice_items()}
</ul>
<button type="button" class="btn btn-link btn-sm p-0" data-request="onLoadNotices" data-request-update="'notices/list': '#notice-list'">Tải lại</button>
</div>
<div class="widget widget-latest"><h3 class="widget-title">Tin mới nhất</h3><ul class="list-unstyled">
{latest}
</ul></div>
<div class="widget widget-archive"><h3 class="widget-title">Lưu trữ</h3><ul class="list-unstyled">{"".join(months)}</ul></div>
<div class="widget widget-banner"><a href="https://quangngai.edu.vn" target="_blank" rel="noopener"><img src="{THEME}/images/banner-sgd.jpg" alt="Sở GD&amp;ĐT Quảng Ngãi" class="img-fluid"></a>
<a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener"><img src="{THEME}/images/banner-csdl.jpg" alt="Cơ sở dữ liệu ngành" class="img-fluid mt-2"></a></div>
<div class="widget widget-counter"><h3 class="widget-title">Thống kê truy cập</h3>
<ul class="list-unstyled counter"><li>Đang truy cập: <b>31</b></li><li>Hôm nay: <b>486</b></li><li>Tháng này: <b>11.204</b></li><li>Tổng lượt truy cập: <b>1.362.580</b></li></ul></div>
</aside>"""


def _footer() -> str:
    return f"""<footer class="site-footer"><div class="container"><div class="row">
<div class="col-md-7"><h4>{esc(SITE.upper())}</h4>
<p><i class="fa fa-map-marker"></i> Địa chỉ: {esc(ADDRESS)}</p>
<p><i class="fa fa-phone"></i> Điện thoại: {HOTLINE} – Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Chịu trách nhiệm nội dung: Thầy Lê Văn Thành – Hiệu trưởng</p></div>
<div class="col-md-5 text-md-end"><p>Liên kết: <a href="https://quangngai.edu.vn">Sở GD&amp;ĐT Quảng Ngãi</a> · <a href="https://moet.gov.vn">Bộ GD&amp;ĐT</a></p>
<p class="copyright">© 2024 – 2026 {esc(SITE)}. Thiết kế bởi Quảng Ngãi Web · Powered by October CMS</p></div>
</div></div></footer>"""


def _page(request: Request, title: str, main: str, active: str = "", sidebar: bool = True, extra: str = "") -> str:
    body = f'<div class="row"><div class="col-lg-8">{main}</div>{_sidebar()}</div>' if sidebar else main
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="Website {esc(SITE)} – tỉnh Quảng Ngãi">
{extra}
<link rel="icon" href="{THEME}/images/favicon.ico">
<link href="{THEME}/vendor/bootstrap/css/bootstrap.min.css" rel="stylesheet">
<link href="{THEME}/css/theme.css?v=3.2" rel="stylesheet">
</head>
<body class="page-{esc(active.strip("/").replace("/", "-") or "home")}">
{_navbar(active)}
<main class="container py-4">
{body}
</main>
{_footer()}
<script src="{THEME}/vendor/jquery.min.js"></script>
<script src="/modules/system/assets/js/framework-extras.min.js"></script>
<link rel="stylesheet" property="stylesheet" href="/modules/system/assets/css/framework-extras.min.css">
<script src="{THEME}/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="{THEME}/js/app.js"></script>
</body>
</html>"""


def _crumbs(*items: tuple[str | None, str]) -> str:
    lis = ['<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>']
    for href, label in items:
        if href:
            lis.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
    return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{"".join(lis)}</ol></nav>'


# --- pages ------------------------------------------------------------------------------------


def _post(story: Story, request: Request) -> str:
    primary = story.opts["cats"][0]
    cat_links = ", ".join(f'<a href="/tin-tuc/chuyen-muc/{c}">{esc(CATS[c])}</a>' for c in story.opts["cats"])
    excerpt = f'<div class="post-excerpt lead">{_t(story.summary, story)}</div>\n' if story.summary else ""
    attach = ""
    if "attach" in story.opts:
        href, label = story.opts["attach"]
        attach = f'<p class="post-attachment"><i class="fa fa-download"></i> Tải về: <a href="{href}" target="_blank">{esc(label)}</a></p>\n'
    tags = " ".join(
        f'<a class="badge bg-light text-dark" href="/tim-kiem?q={quote_plus(t)}">#{esc(t)}</a>'
        for t in story.opts.get("tags", [])
    )
    others = [s for s in newest(primary) if s.id != story.id][:RELATED]
    related = "\n".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a> <small class="text-muted">({_dmy(s.opts["d"])})</small></li>'
        for s in others
    )
    share = f"{base_url(request)}{post_path(story)}"
    main = f"""{_crumbs(("/tin-tuc", "Tin tức"), (f"/tin-tuc/chuyen-muc/{primary}", CATS[primary]))}
<div class="post-detail">
<h1 class="post-title">{esc(story.title)}</h1>
<p class="post-info text-muted">Đăng ngày {_dmy(story.opts["d"])} trong {cat_links}</p>
{excerpt}{_carousel(story, request)}
<div class="post-content">
{_content(story)}
</div>
{attach}<div class="post-tags mt-3"><i class="fa fa-tags"></i> {tags}</div>
<div class="post-tools d-flex gap-2 mt-3">
<a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener"><i class="fa fa-facebook"></i> Chia sẻ</a>
<a class="btn btn-sm btn-info" href="https://zalo.me/share?url={share}" target="_blank" rel="noopener">Zalo</a>
<button type="button" class="btn btn-sm btn-outline-secondary" onclick="window.print()"><i class="fa fa-print"></i> In bài</button>
</div>
</div>
<div class="related-posts mt-4"><h3 class="section-title">Tin liên quan</h3><ul>
{related}
</ul></div>"""
    og = (
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:url" content="{share}">'
    )
    return _page(request, f"{story.title} - {SITE}", main, active="/tin-tuc", extra=og)


def _cards(items: list[Story]) -> str:
    if not items:
        return '<div class="alert alert-light no-posts">Chưa có bài viết nào.</div>'
    out = []
    for s in items:
        cats = ", ".join(f'<a href="/tin-tuc/chuyen-muc/{c}">{esc(CATS[c])}</a>' for c in s.opts["cats"])
        out.append(
            f"""<div class="post-item row g-3 mb-4">
<div class="col-sm-4"><a href="{post_path(s)}"><img src="{_card_image(s)}" class="img-fluid rounded" alt="{esc(s.title)}"></a></div>
<div class="col-sm-8"><h2 class="post-item-title h5"><a href="{post_path(s)}">{esc(s.title)}</a></h2>
<p class="post-item-info small text-muted">Đăng ngày {_dmy(s.opts["d"])} trong {cats}</p>
<p class="post-item-summary">{esc(_excerpt(s))}</p></div>
</div>"""
        )
    return '<div class="post-list">\n' + "\n".join(out) + "\n</div>"


def _pager(base: str, page: int, last: int) -> str:
    if last <= 1:
        return ""
    lis = []
    if page > 1:
        lis.append(f'<li class="page-item"><a class="page-link" href="{base}/{page - 1}">&laquo;</a></li>')
    else:
        lis.append('<li class="page-item disabled"><span class="page-link">&laquo;</span></li>')
    for n in range(1, last + 1):
        if n == page:
            lis.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
        else:
            lis.append(f'<li class="page-item"><a class="page-link" href="{base}/{n}">{n}</a></li>')
    if page < last:
        lis.append(f'<li class="page-item"><a class="page-link" href="{base}/{page + 1}">&raquo;</a></li>')
    else:
        lis.append('<li class="page-item disabled"><span class="page-link">&raquo;</span></li>')
    return f'<nav class="blog-pager"><ul class="pagination">{"".join(lis)}</ul></nav>'


def _listing(request: Request, cat: str | None, page: int) -> str:
    items = newest(cat)
    per = CAT_PER_PAGE if cat else ALL_PER_PAGE
    last = _pages(len(items), per)
    chunk = items[(page - 1) * per : page * per]
    base = f"/tin-tuc/chuyen-muc/{cat}" if cat else "/tin-tuc"
    heading = CATS[cat] if cat else "Tin tức"
    crumbs = _crumbs(("/tin-tuc", "Tin tức"), (None, heading)) if cat else _crumbs((None, "Tin tức"))
    main = f"""{crumbs}
<h1 class="page-title">{esc(heading)}</h1>
{_cards(chunk)}
{_pager(base, page, last) if chunk else ""}"""
    title = f"{heading}{f' - Trang {page}' if page > 1 else ''} - {SITE}"
    return _page(request, title, main, active="/tin-tuc")


def _month_name(y: int, m: int) -> str:
    return f"Tháng {m:02d}/{y}"


def _archive(request: Request, y: int, m: int) -> str:
    prev = (y - 1, 12) if m == 1 else (y, m - 1)
    nxt = (y + 1, 1) if m == 12 else (y, m + 1)
    links = f'<a class="btn btn-sm btn-outline-primary" href="/tin-tuc/luu-tru/{prev[0]}/{prev[1]:02d}">« {_month_name(*prev)}</a>'
    if nxt <= TODAY_MONTH:
        links += f' <a class="btn btn-sm btn-outline-primary" href="/tin-tuc/luu-tru/{nxt[0]}/{nxt[1]:02d}">{_month_name(*nxt)} »</a>'
    main = f"""{_crumbs(("/tin-tuc", "Tin tức"), (None, "Lưu trữ " + _month_name(y, m)))}
<h1 class="page-title">Lưu trữ: {_month_name(y, m)}</h1>
{_cards(in_month(y, m))}
<div class="archive-nav d-flex gap-2">{links}</div>"""
    return _page(request, f"Lưu trữ {_month_name(y, m)} - {SITE}", main, active="/tin-tuc")


def _home(request: Request) -> str:
    hero = newest()[:3]
    slides = "\n".join(
        f'<div class="carousel-item{" active" if n == 0 else ""}"><a href="{post_path(s)}"><img src="{_card_image(s)}" class="d-block w-100" alt="">'
        f'<div class="carousel-caption"><h2 class="h5">{esc(s.title)}</h2></div></a></div>'
        for n, s in enumerate(hero)
    )
    blocks = []
    for slug in ("tin-tuc-su-kien", "hoat-dong-doan"):
        items = newest(slug)[:4]
        lis = "".join(
            f'<li><a href="{post_path(s)}">{esc(s.title)}</a> <span class="text-muted small">{_dmy(s.opts["d"])}</span></li>'
            for s in items[1:]
        )
        top = items[0]
        blocks.append(
            f"""<section class="home-cat mb-4"><div class="home-cat-head d-flex justify-content-between"><h2 class="h5"><a href="/tin-tuc/chuyen-muc/{slug}">{esc(CATS[slug])}</a></h2><a href="/tin-tuc/chuyen-muc/{slug}" class="small">Xem tất cả</a></div>
<div class="row"><div class="col-md-6"><a href="{post_path(top)}"><img src="{_card_image(top)}" class="img-fluid" alt=""></a><h3 class="h6 mt-2"><a href="{post_path(top)}">{esc(top.title)}</a></h3><p class="small">{esc(_excerpt(top))}</p></div>
<div class="col-md-6"><ul class="list-unstyled home-list">{lis}</ul></div></div></section>"""
        )
    albums = "".join(
        f'<div class="col-6"><a href="/thu-vien-anh/{slug}"><img src="{MEDIA}/thu-vien-anh/{slug}/01.jpg" class="img-fluid" alt=""><span>{esc(t)}</span></a></div>'
        for slug, (t, _d, _n) in ALBUMS.items()
    )
    main = f"""<div id="homeHero" class="carousel slide mb-4" data-bs-ride="carousel"><div class="carousel-inner">
{slides}
</div></div>
{"".join(blocks)}
<section class="home-albums"><h2 class="h5"><a href="/thu-vien-anh">Thư viện ảnh</a></h2><div class="row g-2">{albums}</div></section>"""
    return _page(request, SITE, main, active="/")


def _static(request: Request, path: str, title: str, inner: str) -> str:
    main = f'{_crumbs((None, title))}<div class="static-page"><h1 class="page-title">{esc(title)}</h1>\n{inner}\n</div>'
    return _page(request, f"{title} - {SITE}", main, active=path)


def _about(request: Request) -> str:
    inner = f"""<p>{esc(SITE)} được thành lập năm 1976, là một trong những trường trung học phổ thông có bề dày truyền thống của tỉnh Quảng Ngãi.</p>
<p>Năm học 2026 – 2027, nhà trường có 39 lớp với 1.612 học sinh; 98 cán bộ, giáo viên, nhân viên, trong đó 41 thạc sĩ. Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>
<h3>Sứ mệnh</h3><p>Xây dựng môi trường học tập nền nếp, thân thiện, chất lượng; giúp học sinh phát triển toàn diện, có năng lực tự học và hội nhập.</p>"""
    return _static(request, "/gioi-thieu", "Giới thiệu", inner)


def _contact(request: Request) -> str:
    inner = f"""<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {HOTLINE} – Email: {EMAIL}</p>
<form id="contact-form" data-request="onSend" data-request-update="'contact/result': '#contact-result'" data-request-flash>
<div class="mb-3"><label class="form-label" for="c-name">Họ và tên</label><input class="form-control" id="c-name" name="name" required></div>
<div class="mb-3"><label class="form-label" for="c-email">Email</label><input class="form-control" id="c-email" type="email" name="email" required></div>
<div class="mb-3"><label class="form-label" for="c-msg">Nội dung</label><textarea class="form-control" id="c-msg" name="message" rows="5" required></textarea></div>
<button class="btn btn-primary" type="submit" data-attach-loading>Gửi liên hệ</button></form>
<div id="contact-result"></div>
<div class="map mt-3"><iframe src="https://www.google.com/maps/embed?pb=tqt" width="100%" height="300" loading="lazy"></iframe></div>"""
    return _static(request, "/lien-he", "Liên hệ", inner)


_TIMETABLE = [
    ("Tiết", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"),
    ("1", "Chào cờ", "Toán", "Ngữ văn", "Tiếng Anh", "Vật lí", "Toán"),
    ("2", "Toán", "Toán", "Ngữ văn", "Hóa học", "Vật lí", "Lịch sử"),
    ("3", "Ngữ văn", "Tiếng Anh", "Tin học", "Hóa học", "Sinh học", "Sinh hoạt lớp"),
]


def _timetable(request: Request) -> str:
    head, *rows = _TIMETABLE
    table = "<table class=\"table table-bordered tkb\"><thead><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr></thead><tbody>"
    table += "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>"
    inner = f"""<p>Thời khóa biểu buổi sáng lớp 12A1, áp dụng từ ngày 16/11/2026.</p>{table}
<p>Thời khóa biểu toàn trường: <a href="{MEDIA}/tai-lieu/2026/tkb-hk1-tu-16-11-2026.pdf">tkb-hk1-tu-16-11-2026.pdf</a></p>"""
    return _static(request, "/thoi-khoa-bieu", "Thời khóa biểu", inner)


_STAFF = [
    ("Lê Văn Thành", "Hiệu trưởng", "Thạc sĩ Quản lý giáo dục"),
    ("Nguyễn Thị Minh Tâm", "Phó Hiệu trưởng", "Thạc sĩ Toán học"),
    ("Phan Văn Dũng", "Phó Hiệu trưởng", "Cử nhân Vật lí"),
    ("Trương Thị Bích Ngọc", "Tổ trưởng Tổ Tin học", "Thạc sĩ Khoa học máy tính"),
    ("Phạm Quốc Việt", "Bí thư Đoàn trường", "Cử nhân Giáo dục chính trị"),
]


def _staff(request: Request) -> str:
    cards = "".join(
        f'<div class="col-md-4"><div class="card staff-card mb-3"><img src="{MEDIA}/doi-ngu/{n}.jpg" class="card-img-top" alt="{esc(name)}">'
        f'<div class="card-body"><h5 class="card-title">{esc(name)}</h5><p class="card-text">{esc(role)}<br><small>{esc(deg)}</small></p></div></div></div>'
        for n, (name, role, deg) in enumerate(_STAFF, 1)
    )
    return _static(request, "/doi-ngu", "Đội ngũ cán bộ, giáo viên", f'<div class="row">{cards}</div>')


def _gallery_index(request: Request) -> str:
    items = "".join(
        f'<div class="col-md-6 album-item"><a href="/thu-vien-anh/{slug}"><img src="{MEDIA}/thu-vien-anh/{slug}/01.jpg" class="img-fluid" alt=""></a>'
        f'<h5><a href="/thu-vien-anh/{slug}">{esc(t)}</a></h5><small>{d} · {n} ảnh</small></div>'
        for slug, (t, d, n) in ALBUMS.items()
    )
    return _static(request, "/thu-vien-anh", "Thư viện ảnh", f'<div class="row g-3">{items}</div>')


def _album(request: Request, slug: str) -> str:
    title, d, n = ALBUMS[slug]
    photos = "".join(
        f'<div class="col-4"><a href="{MEDIA}/thu-vien-anh/{slug}/{k:02d}.jpg" data-lightbox="album"><img src="{MEDIA}/thu-vien-anh/{slug}/{k:02d}.jpg" class="img-fluid" alt="{esc(title)} {k}"></a></div>'
        for k in range(1, n + 1)
    )
    main = f"""{_crumbs(("/thu-vien-anh", "Thư viện ảnh"), (None, title))}
<div class="album-detail"><h1 class="page-title">{esc(title)}</h1><p class="text-muted">{d} · {n} ảnh</p><div class="row g-2">{photos}</div></div>"""
    return _page(request, f"{title} - {SITE}", main, active="/thu-vien-anh")


DOCS = [
    ("lich-kiem-tra-giua-hk1-2026-2027.pdf", "Lịch kiểm tra giữa học kỳ I năm học 2026 – 2027", "16/11/2026", "212 KB"),
    ("tkb-hk1-tu-16-11-2026.pdf", "Thời khóa biểu học kỳ I (áp dụng từ 16/11/2026)", "14/11/2026", "380 KB"),
    ("ke-hoach-nam-hoc-2026-2027.pdf", "Kế hoạch giáo dục nhà trường năm học 2026 – 2027", "15/09/2026", "1,2 MB"),
    ("quy-che-chi-tieu-noi-bo-2026.pdf", "Quy chế chi tiêu nội bộ năm 2026", "20/02/2026", "640 KB"),
]


def _docs(request: Request) -> str:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="{MEDIA}/tai-lieu/2026/{f}" target="_blank">{esc(t)}</a></td><td>{d}</td><td>{size}</td></tr>'
        for n, (f, t, d, size) in enumerate(DOCS, 1)
    )
    inner = f"""<table class="table table-striped doc-table"><thead><tr><th>STT</th><th>Tên tài liệu</th><th>Ngày đăng</th><th>Dung lượng</th></tr></thead>
<tbody>{rows}</tbody></table>"""
    return _static(request, "/tai-lieu", "Tài liệu", inner)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> str:
    q = request.params.get("q", "").strip()
    hits = [
        s
        for s in newest()
        if q and _fold(q) in _fold(" ".join([s.title, *s.paragraphs, *s.opts.get("tags", [])]))
    ]
    result = (
        f'<p>Có <b>{len(hits)}</b> kết quả cho “{esc(q)}”.</p>{_cards(hits)}' if q else "<p>Nhập từ khóa để tìm kiếm.</p>"
    )
    main = f"""{_crumbs((None, "Tìm kiếm"))}<h1 class="page-title">Tìm kiếm</h1>
<form action="/tim-kiem" method="get" class="d-flex mb-3"><input class="form-control" name="q" value="{esc(q)}"><button class="btn btn-primary ms-2">Tìm</button></form>
{result}"""
    return _page(request, f"Tìm kiếm - {SITE}", main, extra='<meta name="robots" content="noindex">')


def _backend_login(request: Request) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập quản trị | {esc(SITE)}</title>
<meta name="robots" content="noindex, nofollow"></head><body class="outer signin">
<div class="layout"><form method="POST" action="/backend/backend/auth/signin" data-request="onSubmit">
<input type="hidden" name="_session_key" value="9f8e7d6c5b4a"><input type="hidden" name="_token" value="octoberTokenA1B2C3">
<input type="text" name="login" placeholder="Tên đăng nhập"><input type="password" name="password" placeholder="Mật khẩu">
<button type="submit">Đăng nhập</button></form></div></body></html>"""


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    urls = [("/", "2026-11-20"), ("/tin-tuc", "2026-11-20"), ("/gioi-thieu", "2026-08-01"), ("/lien-he", "2026-08-01")]
    urls += [(f"/tin-tuc/chuyen-muc/{c}", "2026-11-20") for c in CATS]
    urls += [(post_path(s), s.opts["d"].isoformat()) for s in newest()]
    body = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    body += "".join(
        f"  <url>\n    <loc>{base}{p}</loc>\n    <lastmod>{d}T00:00:00+07:00</lastmod>\n    <changefreq>weekly</changefreq>\n    <priority>0.7</priority>\n  </url>\n"
        for p, d in urls
    )
    body += "</urlset>\n"
    return Response(200, body, {"Content-Type": "application/xml"})


_ROBOTS = "User-agent: *\nDisallow: /backend\n\nSitemap: {base}/sitemap.xml\n"


def _not_found(request: Request) -> Response:
    main = f'{_crumbs((None, "Không tìm thấy"))}<div class="error-404 text-center"><h1>404</h1><p>Trang bạn tìm không tồn tại hoặc đã bị xóa.</p><a href="/" class="btn btn-primary">Về trang chủ</a></div>'
    return html(_page(request, f"Không tìm thấy trang - {SITE}", main, sidebar=False), status=404)


def _ajax(request: Request, handler: str) -> Response:
    """October's AJAX framework: a POST to the page's own URL naming a handler answers JSON."""
    if handler == "onLoadNotices":
        payload: dict[str, object] = {"notices/list": _notice_items()}
    elif handler == "onSend" and request.path == "/lien-he":
        payload = {"contact/result": '<div class="alert alert-success">Cảm ơn bạn đã liên hệ. Nhà trường sẽ phản hồi sớm.</div>'}
    else:
        return Response(
            500,
            json.dumps({"X_OCTOBER_ERROR_MESSAGE": f"AJAX handler '{handler}' was not found."}),
            {"Content-Type": "application/json"},
        )
    return Response(200, json.dumps(payload, ensure_ascii=False), {"Content-Type": "application/json"})


_SESSION = {"Set-Cookie": "october_session=eyJpdiI6IlRRVCJ9; path=/; httponly; samesite=lax"}

_LIST = re.compile(r"^/tin-tuc(?:/chuyen-muc/([a-z0-9-]+))?(?:/(\d+))?$")
_POST = re.compile(r"^/tin-tuc/bai-viet/([a-z0-9-]+)$")
_ARCHIVE = re.compile(r"^/tin-tuc/luu-tru/(\d{4})/(\d{2})$")


class OctoberSite:
    """The theme's CMS pages (``pages/*.htm`` URL patterns) plus the media and upload folders."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        handler = request.headers.get("X-OCTOBER-REQUEST-HANDLER") or request.headers.get("X-October-Request-Handler")
        if request.method == "POST" and handler:
            return _ajax(request, handler)
        if path.startswith(("/storage/app/uploads/", "/themes/", "/modules/")) or (
            path.startswith(MEDIA) and not path.endswith(".pdf")
        ):
            return static_file(path)
        if path.startswith(MEDIA) and path.endswith(".pdf"):
            known = {f"{MEDIA}/tai-lieu/2026/{f}" for f, *_ in DOCS}
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in known else _not_found(request)
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain"})
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path == "/backend":
            return redirect("/backend/backend/auth/signin")
        if path == "/backend/backend/auth/signin":
            return html(_backend_login(request))
        page = self._page(request)
        if page is None:
            return _not_found(request)
        if isinstance(page, Response):
            return page
        return html(page, headers=dict(_SESSION))

    def _page(self, request: Request) -> str | Response | None:
        path = request.path
        if path == "/":
            return _home(request)
        if m := _POST.match(path):
            story = _BY_SLUG.get(m.group(1))
            return _post(story, request) if story else None
        if m := _LIST.match(path):
            cat = m.group(1)
            if cat is not None and cat not in CATS:
                return None
            raw = m.group(2) or request.params.get("page") or "1"
            page = int(raw) if raw.isdigit() else 1
            return _listing(request, cat, max(page, 1))
        if m := _ARCHIVE.match(path):
            y, mo = int(m.group(1)), int(m.group(2))
            if not (1970 <= y <= 2999 and 1 <= mo <= 12):
                return None
            return _archive(request, y, mo)
        if path.startswith("/thu-vien-anh/"):
            slug = path.removeprefix("/thu-vien-anh/")
            return _album(request, slug) if slug in ALBUMS else None
        simple = {
            "/gioi-thieu": _about,
            "/lien-he": _contact,
            "/thoi-khoa-bieu": _timetable,
            "/doi-ngu": _staff,
            "/thu-vien-anh": _gallery_index,
            "/tai-lieu": _docs,
            "/tim-kiem": _search,
        }
        if path in simple:
            return simple[path](request)
        return None


def build_site() -> OctoberSite:
    """A fresh site object; every page is rendered per request from the constant data above."""
    return OctoberSite()
