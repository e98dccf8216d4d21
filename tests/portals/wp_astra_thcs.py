"""Fixture portal: a lower-secondary school's WordPress site (Astra theme, Spectra blocks).

Imitates the site of "Trường THCS Phan Chu Trinh" (Buôn Ma Thuột, Đắk Lắk) as small agencies
set such sites up: WordPress 6.x in Vietnamese, the Astra theme (separate-container layout,
right sidebar, header builder), the Spectra block plugin (Ultimate Addons for Gutenberg), WPForms,
Jetpack sharing, Post Views Counter, the official AMP plugin in reader mode and WordPress's own
sitemaps. Every URL WordPress prints is absolute (``http://<host>/…``) and ends in a slash.

What it serves:

- posts at ``/{post-name}/`` (plain post-name permalinks). A post page is Astra's markup:
  ``body.single.ast-separate-container`` > ``div#page.hfeed.site`` > ``header.site-header`` (above
  header bar with today's date and the hotline, primary bar with logo, menu and search) >
  ``div#content.site-content`` > ``div.ast-container`` > ``div#primary.content-area`` >
  ``main#main.site-main`` > ``article.post.ast-article-single`` > ``div.ast-post-format-`` >
  ``header.entry-header`` (``ast-no-thumbnail`` unless the post shows its featured image in
  ``div.post-thumb-img-content.post-thumb`` above the title) with ``h1.entry-title`` and
  ``div.entry-meta`` ("Ngày 20 Tháng 11, 2026 / Bởi <account> / <category>") and
  ``div.entry-content.clear`` (Gutenberg + Spectra blocks: advanced headings, Spectra images
  with ``figcaption.uagb-image-caption``, core images with ``figcaption.wp-element-caption``,
  galleries, info boxes, a "Mục lục" table of contents *inside the text*, blockquotes, a
  call-to-action box "Đăng ký tham gia" with a button, lists, a table). Jetpack's "Chia sẻ:"
  buttons and Post Views Counter's "Lượt xem:" line are appended *inside* ``entry-content``
  (that is where those plugins put them). Then ``footer.entry-footer`` (tags),
  ``nav.post-navigation`` ("Bài trước" / "Bài tiếp"), ``div.ast-single-related-posts-container``
  ("Bài viết liên quan", three cards with dates), comments with "Trả lời" links and the comment
  form. The sidebar (``div#secondary``) has search, "Bài viết mới" (five, dated), "Lưu trữ",
  banners, the visitor counter; the footer has the address, hotline and a login link.
- ``<head>``: ``rel=canonical`` (the clean permalink), ``rel=shortlink`` (``/?p=ID``, which
  answers 301 to the permalink), ``rel=amphtml``, the site feed and the post's comments feed,
  Open Graph and ``article:published_time`` written by the SEO plugin **in UTC**.
- archives: ``/chuyen-muc/{slug}/`` with Astra's pagination (``nav.ast-pagination`` >
  ``div.nav-links`` > ``a.page-numbers`` … ``a.next.page-numbers`` "Trang sau →") at
  ``/chuyen-muc/{slug}/page/N/`` (three posts a page; "Hoạt động nhà trường" has three pages),
  tag archives ``/tag/{slug}/``, author archives ``/author/{slug}/``, month archives
  ``/2026/11/`` (the "Lưu trữ" widget), search ``/?s=``.
- the home page: a static front page built with Spectra (post grid of the six newest posts,
  a "Thông báo" list, an info-box strip).
- pages: ``/gioi-thieu/``, ``/lien-he/`` (a WPForms form), ``/doi-ngu-giao-vien/`` (a Spectra
  team grid), ``/thoi-khoa-bieu/`` (a table and a PDF in a file block); three attachment pages
  ``/{post-name}/{image-name}/`` that one post's gallery links its photos to (Astra prints them
  like a post: ``h1.entry-title``, date, "Bởi …" — but they hold only one photo); the login page.
- ``/feed/`` (RSS 2.0, the ten newest posts), ``/robots.txt`` naming ``/wp-sitemap.xml`` (index
  of posts, pages, categories, tags and users sitemaps).

Traps and hard cases (all of them things WordPress really does):

- every "Trả lời" link is ``/{post}/?replytocom=N#respond``: the same post again (canonical
  still the clean URL); ``/{post}/?amp=1`` (announced with ``rel=amphtml``) is the AMP reader
  view of the same post. Both are listed as ``alt_paths``.
- ``/{post}/feed/`` is each post's comments feed (RSS, announced in ``<head>``), not a page.
- the Spectra TOC links ``#anchors`` of headings in the same text (printed as absolute URLs
  ``http://host/{post}/#anchor``, as Spectra does).
- ``/page/N/`` past the last page answers 404 (Astra's "Không tìm thấy trang này" page), as
  does any unknown path; a path without its trailing slash answers 301 to the slashed one.
- the SEO plugin writes ``article:published_time`` in UTC, so the post published at 06:30 on
  5 September is stamped ``2026-09-04T23:30:00+00:00``; the page prints only the day.
- titles and text go through ``wptexturize``: quotes and dashes arrive as ``&#8220;``,
  ``&#8221;``, ``&#8211;``; some paragraphs carry ``&nbsp;``.
- attachment pages look like posts but are not articles.

Gold (by hand), with its judgement calls:

- ``published_at``: Astra prints the date only ("Ngày 20 Tháng 11, 2026"), so the gold is the
  date alone, even where the meta tags carry a time; the printed local day wins over the UTC
  meta (2026-09-05, not 2026-09-04).
- ``body``: the paragraphs of ``entry-content`` in order, including Spectra advanced headings,
  list items, blockquote text, info-box titles and texts (each its own paragraph) and table rows
  (cells joined by " | ", header row included). Excluded: the "Mục lục" TOC (a navigation
  widget repeating the headings), the "Đăng ký tham gia" call-to-action box (a button prompt),
  the in-text byline/source lines, image captions, the Jetpack share and "Lượt xem" lines,
  related posts and comments.
- ``summary``: only where the editor wrote a bold lead paragraph (also the post's
  ``og:description``); it is the first body paragraph. Other posts have none.
- ``authors``/``photographers``/``source``: from the in-text signature when there is one
  ("Tin: X – Ảnh: Y", "Tin, ảnh: X" gives X in both, "Tin và ảnh: X", a right-aligned italic
  bare name, "Nguồn: Báo Đắk Lắk" gives the source only). Without a signature, the "Bởi …"
  account counts when it is a person's name (Nguyễn Thị Hồng Vân); the accounts "Quản trị",
  "Liên đội" and "Tổ Ngữ văn" name no person and give no author. A caption ending "(Ảnh: Hoàng
  Gia)" is kept whole as the caption and gives Hoàng Gia as photographer.
- ``images``: the photos inside ``entry-content`` in order, at the URL the ``src`` prints; a
  featured image shown above the title is the same upload as the text's first photo at the
  768px size and is not listed again. Photos without a caption line have caption None; a
  centred italic line right under a photo is its caption.
- ``category``: the post's category as the breadcrumb and the "cat-links" name it.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_astra_thcs"
PLATFORM = "wordpress"
START_PATH = "/"

SITE = "Trường THCS Phan Chu Trinh"
TAGLINE = "Kỷ cương – Tình thương – Trách nhiệm"
ADDRESS = "Số 12 đường Phan Chu Trinh, phường Tân Lợi, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk"
PHONE = "0262 3 852 417"
EMAIL = "thcsphanchutrinh.bmt@daklak.edu.vn"
PER_PAGE = 3
FEED_SIZE = 10
_LOCAL = timezone(timedelta(hours=7))
_UP = "/wp-content/uploads/2026"

CATS: dict[str, tuple[int, str]] = {
    "hoat-dong-nha-truong": (3, "Hoạt động nhà trường"),
    "chuyen-mon": (4, "Chuyên môn"),
    "thong-bao": (5, "Thông báo"),
}
# account slug -> (user id, display name printed after "Bởi")
ACCOUNTS: dict[str, tuple[int, str]] = {
    "quantri": (1, "Quản trị"),
    "liendoi": (4, "Liên đội"),
    "hongvan": (6, "Nguyễn Thị Hồng Vân"),
    "tonguvan": (7, "Tổ Ngữ văn"),
}
TAGS: dict[str, str] = {
    "doan-doi": "Đoàn – Đội",
    "ngoai-khoa": "Ngoại khóa",
    "the-thao": "Thể thao",
    "doi-moi-phuong-phap": "Đổi mới phương pháp",
    "stem": "STEM",
    "kiem-tra": "Kiểm tra",
}

TOC = Raw("<!--spectra-toc-->")


def _cta(title: str, desc: str, button: str, href: str) -> Raw:
    return Raw(
        '<div class="wp-block-uagb-call-to-action uagb-block-5c1e8a2f">'
        '<div class="uagb-cta__wrap">'
        f'<h3 class="uagb-cta__title">{esc(title)}</h3>'
        f'<p class="uagb-cta__desc">{esc(desc)}</p></div>'
        '<div class="uagb-cta__buttons">'
        f'<a href="{esc(href)}" class="uagb-cta__button-link-wrapper wp-block-button__link" target="_blank" rel="noopener noreferrer">{esc(button)}</a>'
        "</div></div>"
    )


# opts: at (local publication time, only in meta tags), by (account), thumb (featured image
# shown above the title: the first photo at 768px), comments [(id, name, when, text)], tags,
# attach (gallery photos linked to attachment pages).
STORIES: list[Story] = [
    Story(
        id=1921,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-23",
        blocks=[
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026 – 2027, nhà trường thông báo lịch kiểm tra"
                " cuối học kỳ I các môn đánh giá bằng điểm số như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "th"),
            P("21/12/2026 | Sáng | 6, 7 | Ngữ văn | 90 phút", "tr"),
            P("21/12/2026 | Chiều | 8, 9 | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Sáng | 6, 7 | Toán | 90 phút", "tr"),
            P("22/12/2026 | Chiều | 8, 9 | Toán | 90 phút", "tr"),
            P("23/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr"),
            P(
                "Các môn còn lại kiểm tra theo thời khóa biểu trong tuần từ 14/12 đến 19/12/2026."
                " Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh."
            ),
            P("Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh của lớp."),
        ],
        opts={"at": "2026-11-23 15:10", "by": "quantri", "tags": ["kiem-tra"]},
    ),
    Story(
        id=1914,
        slug="soi-noi-hoi-thi-van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Sôi nổi Hội thi văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-20",
        summary=(
            "Chiều 18/11/2026, Liên đội Trường THCS Phan Chu Trinh tổ chức Hội thi văn nghệ “Khúc"
            " ca dâng thầy cô” chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 –"
            " 20/11/2026)."
        ),
        blocks=[
            P(
                "Chiều 18/11/2026, Liên đội Trường THCS Phan Chu Trinh tổ chức Hội thi văn nghệ “Khúc"
                " ca dâng thầy cô” chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 –"
                " 20/11/2026).",
                "lead",
            ),
            P(
                "Hội thi có sự tham gia của 24 tiết mục đến từ các chi đội khối 6 đến khối 9 với nhiều"
                " thể loại: đơn ca, song ca, tốp ca, múa và hoạt cảnh. Các tiết mục đều hướng về chủ"
                " đề tri ân thầy cô, ca ngợi mái trường và tình bạn tuổi học trò."
            ),
            Img(
                f"{_UP}/11/hoi-thi-van-nghe-20-11-01.jpg",
                "Tiết mục múa “Bụi phấn” của chi đội 8A2",
                "Tiết mục múa “Bụi phấn” của chi đội 8A2",
                "uagb",
            ),
            P(
                "Phát biểu khai mạc hội thi, cô Hiệu trưởng Lê Thị Kim Oanh gửi lời cảm ơn đến các em"
                " học sinh đã dành nhiều tâm huyết chuẩn bị tiết mục:"
            ),
            P(
                "Mỗi lời ca, mỗi điệu múa hôm nay là món quà ý nghĩa nhất các em dành tặng thầy cô."
                " Mong các em luôn chăm ngoan, học giỏi để xứng đáng với công ơn dạy dỗ ấy.",
                "quote",
            ),
            P(
                "Kết quả, Ban tổ chức trao giải Nhất cho chi đội 9A1 với hoạt cảnh “Người lái đò”,"
                " giải Nhì cho chi đội 8A2 và chi đội 7A4, giải Ba cho các chi đội 6A3, 8A5 và 9A3."
            ),
            Img(
                f"{_UP}/11/hoi-thi-van-nghe-20-11-02.jpg",
                "Ban tổ chức trao giải Nhất cho chi đội 9A1",
                "Ban tổ chức trao giải Nhất cho chi đội 9A1",
                "uagb",
            ),
            Raw(
                '<p class="has-text-align-right"><strong>Tin: Lê Thị Mỹ Hạnh &#8211; Ảnh: Trần Quốc'
                " Việt</strong></p>"
            ),
        ],
        authors=["Lê Thị Mỹ Hạnh"],
        photographers=["Trần Quốc Việt"],
        opts={
            "at": "2026-11-20 16:42",
            "by": "liendoi",
            "thumb": True,
            "tags": ["doan-doi"],
            "comments": [
                (57, "Phụ huynh lớp 9A1", "2026-11-20 20:15", "Các con diễn rất hay, cảm ơn nhà trường đã tổ chức hội thi ý nghĩa!"),
                (58, "Trần Quốc Việt", "2026-11-21 07:02", "Cảm ơn quý phụ huynh đã theo dõi và ủng hộ các em."),
            ],
        },
    ),
    Story(
        id=1907,
        slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-17",
        blocks=[
            P(
                "Sáng thứ Hai ngày 16/11/2026, trong buổi chào cờ đầu tuần, Liên đội Trường THCS Phan"
                " Chu Trinh phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa năm"
                " học 2026 – 2027."
            ),
            P(
                "Ngay sau lễ phát động, các chi đội đã mang giấy vụn, sách báo cũ, vỏ chai nhựa tập kết"
                " về sân trường. Chỉ trong một buổi sáng, toàn liên đội thu gom được hơn 1,2 tấn giấy"
                " vụn và 3.000 vỏ chai nhựa."
            ),
            Img(f"{_UP}/11/ke-hoach-nho-01.jpg", None, None, "gallery"),
            Img(f"{_UP}/11/ke-hoach-nho-02.jpg", None, None, "gallery"),
            Img(f"{_UP}/11/ke-hoach-nho-03.jpg", None, None, "gallery"),
            P(
                "Toàn bộ số tiền thu được sẽ dùng để mua quà tặng học sinh có hoàn cảnh khó khăn nhân"
                "\xa0dịp Tết Nguyên đán Đinh Mùi 2027 và hỗ trợ quỹ “Áo ấm cho em” của nhà trường."
            ),
            Raw('<p class="has-text-align-right"><em>Nguyễn Thị Thu Trang</em></p>'),
        ],
        authors=["Nguyễn Thị Thu Trang"],
        opts={"at": "2026-11-17 10:05", "by": "liendoi", "tags": ["doan-doi"], "attach": True},
    ),
    Story(
        id=1899,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-van-ban-mon-ngu-van",
        title="Chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản” môn Ngữ văn",
        cat="chuyen-mon",
        published_at="2026-11-14",
        blocks=[
            P(
                "Ngày 12/11/2026, Tổ Ngữ văn Trường THCS Phan Chu Trinh tổ chức chuyên đề “Dạy học phát"
                " triển năng lực đọc hiểu văn bản theo Chương trình giáo dục phổ thông 2018” với sự"
                " tham dự của giáo viên Ngữ văn các trường THCS trong cụm số 2 thành phố."
            ),
            TOC,
            P("Mục tiêu của chuyên đề", "h2"),
            P(
                "Chuyên đề nhằm giúp giáo viên thống nhất cách thiết kế hoạt động đọc hiểu theo thể"
                " loại, chú trọng hướng dẫn học sinh cách đọc, qua đó hình thành kỹ năng đọc độc lập"
                " các văn bản mới ngoài sách giáo khoa."
            ),
            P("Nội dung và hình thức tổ chức", "h2"),
            P(
                "Chuyên đề gồm hai phần: tiết dạy minh họa bài “Lặng lẽ Sa Pa” tại lớp 9A3 do cô Trần"
                " Thị Ngọc Ánh thực hiện và phần thảo luận, góp ý của giáo viên dự chuyên đề."
            ),
            Img(
                f"{_UP}/11/chuyen-de-ngu-van-tiet-minh-hoa.jpg",
                "Cô Trần Thị Ngọc Ánh dạy minh họa tại lớp 9A3",
                "Cô Trần Thị Ngọc Ánh dạy minh họa tại lớp 9A3",
                "uagb",
            ),
            P("Trong phần thảo luận, giáo viên tập trung trao đổi ba vấn đề:"),
            P("Cách xây dựng hệ thống câu hỏi đọc hiểu theo các mức độ nhận biết, thông hiểu, vận dụng;", "li"),
            P("Sử dụng phiếu học tập và sơ đồ tư duy trong hoạt động đọc;", "li"),
            P("Đánh giá năng lực đọc hiểu của học sinh qua bài viết ngắn sau mỗi văn bản.", "li"),
            P("Kết quả đạt được", "h2"),
            P(
                "Các ý kiến đều đánh giá tiết dạy được thiết kế khoa học, học sinh chủ động, tích cực."
                " Chuyên đề đã giúp giáo viên có thêm kinh nghiệm để vận dụng vào bài dạy của mình"
                " trong học kỳ tới."
            ),
            Raw('<p class="has-text-align-right"><em><strong>Trần Thị Ngọc Ánh</strong></em></p>'),
        ],
        authors=["Trần Thị Ngọc Ánh"],
        opts={"at": "2026-11-14 09:30", "by": "tonguvan", "tags": ["doi-moi-phuong-phap"]},
    ),
    Story(
        id=1893,
        slug="hoc-sinh-truong-tham-gia-hoi-khoe-phu-dong-cap-thanh-pho-nam-2026",
        title="Học sinh nhà trường tham gia Hội khỏe Phù Đổng cấp thành phố năm 2026",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-10",
        blocks=[
            P(
                "Từ ngày 5 đến 8/11/2026, đoàn vận động viên Trường THCS Phan Chu Trinh gồm 32 học"
                " sinh đã tham gia tranh tài ở 5 môn thi đấu tại Hội khỏe Phù Đổng thành phố Buôn Ma"
                " Thuột lần thứ XII."
            ),
            Img(
                f"{_UP}/11/hkpd-bong-da-nam-1024x683.jpg",
                "Đội tuyển bóng đá nam của trường tại lễ khai mạc (Ảnh: Hoàng Gia)",
                "Đội tuyển bóng đá nam của trường tại lễ khai mạc (Ảnh: Hoàng Gia)",
                "core",
            ),
            P(
                "Kết thúc hội thi, đoàn giành được 3 huy chương vàng, 4 huy chương bạc và 6 huy chương"
                " đồng ở các môn điền kinh, cờ vua và bơi lội, xếp thứ ba toàn đoàn khối THCS."
            ),
            P(
                "Nổi bật là em Y Khuê Niê (lớp 9A5) giành hai huy chương vàng ở nội dung chạy 800m và"
                " 1.500m nam, phá kỷ lục hội thi ở cự ly 1.500m."
            ),
            Raw('<p class="has-text-align-right"><em>Nguồn: Báo Đắk Lắk</em></p>'),
        ],
        photographers=["Hoàng Gia"],
        source="Báo Đắk Lắk",
        opts={"at": "2026-11-10 14:20", "by": "quantri", "tags": ["the-thao"]},
    ),
    Story(
        id=1886,
        slug="thong-bao-hop-cha-me-hoc-sinh-giua-hoc-ky-i",
        title="Thông báo họp cha mẹ học sinh giữa học kỳ I",
        cat="thong-bao",
        published_at="2026-11-06",
        blocks=[
            P(
                "Nhà trường trân trọng kính mời quý phụ huynh đến dự buổi họp cha mẹ học sinh giữa học"
                " kỳ I năm học 2026 – 2027."
            ),
            P("Thời gian", "ifb-t"),
            P("7 giờ 30 phút, sáng Chủ nhật ngày 15/11/2026.", "ifb-d"),
            P("Địa điểm", "ifb-t"),
            P("Phòng học của các lớp (xem sơ đồ tại cổng trường).", "ifb-d"),
            P("Nội dung buổi họp:"),
            P("Thông báo kết quả học tập, rèn luyện giữa học kỳ I của học sinh;", "li"),
            P("Triển khai kế hoạch ôn tập, kiểm tra cuối học kỳ I;", "li"),
            P("Trao đổi, thống nhất các biện pháp phối hợp giáo dục học sinh.", "li"),
            P("Kính mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
        ],
        opts={"at": "2026-11-06 16:00", "by": "quantri", "tags": []},
    ),
    Story(
        id=1878,
        slug="hoi-giang-chao-mung-20-11-16-tiet-day-dat-loai-tot",
        title="Hội giảng chào mừng 20/11: 16 tiết dạy đạt loại tốt",
        cat="chuyen-mon",
        published_at="2026-11-03",
        blocks=[
            P(
                "Trong tháng 10/2026, nhà trường tổ chức Hội giảng chào mừng Ngày Nhà giáo Việt Nam"
                " 20/11 với 28 tiết dạy của giáo viên thuộc 6 tổ chuyên môn."
            ),
            P("28 tiết dạy", "ifb-t"),
            P("Giáo viên của 6 tổ chuyên môn đăng ký tham gia.", "ifb-d"),
            P("16 tiết loại tốt", "ifb-t"),
            P("Chiếm 57,1% tổng số tiết dạy của hội giảng.", "ifb-d"),
            P(
                "Các tiết dạy đều ứng dụng công nghệ thông tin, tổ chức hoạt động nhóm và trò chơi học"
                " tập phù hợp, tạo hứng thú cho học sinh. Nhiều giáo viên trẻ đã mạnh dạn áp dụng mô"
                " hình lớp học đảo ngược và dạy học theo dự án."
            ),
            Img(f"{_UP}/10/hoi-giang-tiet-day-toan-1024x683.jpg", None, None, "core-nocap"),
            P(
                "Thay mặt Ban giám khảo, thầy Phó Hiệu trưởng Đỗ Văn Hùng đề nghị các tổ chuyên môn"
                " tiếp tục sinh hoạt chuyên đề theo nghiên cứu bài học để nhân rộng các tiết dạy hay."
            ),
            Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Võ Văn Hùng</strong></p>'),
        ],
        authors=["Võ Văn Hùng"],
        photographers=["Võ Văn Hùng"],
        opts={"at": "2026-11-03 11:45", "by": "quantri", "thumb": False, "tags": ["doi-moi-phuong-phap"]},
    ),
    Story(
        id=1861,
        slug="ngoai-khoa-em-yeu-lich-su-que-huong-cho-hoc-sinh-khoi-8",
        title="Ngoại khóa “Em yêu lịch sử quê hương” cho học sinh khối 8",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-30",
        blocks=[
            P(
                "Nhằm giúp học sinh hiểu thêm về truyền thống lịch sử, văn hóa của quê hương Đắk Lắk,"
                " ngày 28/10/2026, nhà trường tổ chức chương trình ngoại khóa “Em yêu lịch sử quê"
                " hương” cho gần 400 học sinh khối 8."
            ),
            TOC,
            P("Tham quan Bảo tàng tỉnh", "h2"),
            P(
                "Buổi sáng, các em được tham quan Bảo tàng tỉnh Đắk Lắk, tìm hiểu các hiện vật về"
                " chiến thắng Buôn Ma Thuột ngày 10/3/1975 và không gian văn hóa cồng chiêng Tây"
                " Nguyên."
            ),
            Img(
                f"{_UP}/10/ngoai-khoa-lich-su-bao-tang.jpg",
                "Học sinh khối 8 nghe thuyết minh tại Bảo tàng tỉnh",
                "Học sinh khối 8 nghe thuyết minh tại Bảo tàng tỉnh",
                "uagb",
            ),
            P("Rung chuông vàng", "h2"),
            P(
                "Buổi chiều, 40 học sinh xuất sắc nhất tham gia cuộc thi “Rung chuông vàng” với 25 câu"
                " hỏi về lịch sử địa phương. Em Nguyễn Hà My (lớp 8A1) là người trụ lại cuối cùng và"
                " giành giải Nhất."
            ),
            Img(
                f"{_UP}/10/ngoai-khoa-lich-su-rung-chuong-vang.jpg",
                "Các thí sinh tham gia cuộc thi “Rung chuông vàng”",
                "Các thí sinh tham gia cuộc thi “Rung chuông vàng”",
                "uagb",
            ),
            P(
                "Chương trình ngoại khóa đã để lại nhiều ấn tượng, giúp các em thêm yêu và tự hào về"
                " quê hương mình."
            ),
            Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Phạm Minh Đức</strong></p>'),
        ],
        authors=["Phạm Minh Đức"],
        photographers=["Phạm Minh Đức"],
        opts={"at": "2026-10-30 08:10", "by": "quantri", "thumb": True, "tags": ["ngoai-khoa"]},
    ),
    Story(
        id=1850,
        slug="cong-doan-nha-truong-to-chuc-hoat-dong-chao-mung-ngay-phu-nu-viet-nam-20-10",
        title="Công đoàn nhà trường tổ chức hoạt động chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-20",
        blocks=[
            P(
                "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 –"
                " 20/10/2026), chiều 19/10/2026, Công đoàn Trường THCS Phan Chu Trinh tổ chức hội thi"
                " cắm hoa nghệ thuật và giao lưu văn nghệ cho cán bộ, giáo viên, nhân viên nữ."
            ),
            Img(
                f"{_UP}/10/cong-doan-cam-hoa-20-10.jpg",
                "Các tác phẩm dự thi cắm hoa của các tổ công đoàn",
                "Các tác phẩm dự thi cắm hoa của các tổ công đoàn",
                "below",
            ),
            P(
                "Hội thi có 7 tác phẩm của 7 tổ công đoàn. Mỗi tác phẩm đều được chăm chút, thể hiện sự"
                " khéo léo và tình cảm của các cô giáo dành cho nghề, cho trường."
            ),
            P(
                "Dịp này, Công đoàn nhà trường cũng trao quà cho 5 nữ đoàn viên có hoàn cảnh khó khăn"
                " và tuyên dương 12 nữ giáo viên đạt danh hiệu “Giỏi việc trường, đảm việc nhà”."
            ),
        ],
        authors=["Nguyễn Thị Hồng Vân"],
        opts={"at": "2026-10-20 17:25", "by": "hongvan", "tags": []},
    ),
    Story(
        id=1842,
        slug="cau-lac-bo-stem-tuyen-thanh-vien-nam-hoc-2026-2027",
        title="Câu lạc bộ STEM tuyển thành viên năm học 2026 – 2027",
        cat="chuyen-mon",
        published_at="2026-10-12",
        blocks=[
            P(
                "Câu lạc bộ STEM Trường THCS Phan Chu Trinh được thành lập từ năm 2022, là nơi học sinh"
                " yêu thích khoa học, công nghệ được thực hành lắp ráp robot, lập trình và thiết kế"
                " các sản phẩm ứng dụng trong đời sống."
            ),
            P(
                "Năm học 2025 – 2026, các thành viên câu lạc bộ đã đạt 2 giải Ba cuộc thi Khoa học kỹ"
                " thuật cấp tỉnh và giải Khuyến khích cuộc thi Robotacon dành cho học sinh THCS."
            ),
            Img(
                f"{_UP}/10/clb-stem-lap-rap-robot.jpg",
                "Thành viên câu lạc bộ lắp ráp robot chuẩn bị cho cuộc thi",
                "Thành viên câu lạc bộ lắp ráp robot chuẩn bị cho cuộc thi",
                "core",
            ),
            P("Năm nay, câu lạc bộ tuyển 30 thành viên mới với điều kiện:"),
            P("Là học sinh khối 6, 7, 8 của nhà trường;", "li"),
            P("Có kết quả học tập môn Toán, Khoa học tự nhiên từ mức Khá trở lên;", "li"),
            P("Được cha mẹ đồng ý cho tham gia sinh hoạt vào chiều thứ Bảy hằng tuần.", "li"),
            _cta(
                "Đăng ký tham gia",
                "Bấm vào nút bên dưới để điền phiếu đăng ký trực tuyến.",
                "Đăng ký ngay",
                "https://forms.gle/3kQy7StEMpct2026",
            ),
            P("Hạn đăng ký đến hết ngày 20/10/2026. Danh sách thành viên sẽ được công bố vào ngày 23/10/2026."),
            Raw('<p class="has-text-align-right"><em>Lương Văn Khoa</em></p>'),
        ],
        authors=["Lương Văn Khoa"],
        opts={"at": "2026-10-12 08:00", "by": "quantri", "tags": ["stem"]},
    ),
    Story(
        id=1829,
        slug="tuyen-truyen-an-toan-giao-thong-dau-nam-hoc-2026-2027",
        title="Tuyên truyền an toàn giao thông đầu năm học 2026 – 2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-05",
        blocks=[
            P(
                "Sáng 03/10/2026, nhà trường phối hợp với Đội Cảnh sát giao thông Công an thành phố"
                " Buôn Ma Thuột tổ chức buổi tuyên truyền pháp luật về trật tự, an toàn giao thông cho"
                " toàn thể học sinh."
            ),
            P(
                "Tại buổi tuyên truyền, cán bộ cảnh sát giao thông đã phổ biến các quy định về độ tuổi"
                " điều khiển phương tiện, việc đội mũ bảo hiểm đạt chuẩn khi ngồi trên xe máy, xe đạp"
                " điện và các tình huống nguy hiểm thường gặp trên đường đến trường."
            ),
            Img(f"{_UP}/10/tuyen-truyen-atgt-2026.jpg", None, None, "core-nocap"),
            P(
                "Kết thúc buổi tuyên truyền, 100% học sinh đã ký cam kết chấp hành tốt Luật Giao thông"
                " đường bộ, không đi xe máy khi chưa đủ tuổi, không dàn hàng ngang khi đi xe đạp."
            ),
            Raw('<p class="has-text-align-right"><strong>Tin và ảnh: Đoàn Thanh Bình</strong></p>'),
        ],
        authors=["Đoàn Thanh Bình"],
        photographers=["Đoàn Thanh Bình"],
        opts={"at": "2026-10-05 09:40", "by": "liendoi", "tags": ["ngoai-khoa"]},
    ),
    Story(
        id=1790,
        slug="le-khai-giang-nam-hoc-2026-2027",
        title="Trang trọng Lễ khai giảng năm học 2026 – 2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-09-05",
        summary=(
            "Sáng 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, 1.246 học sinh Trường THCS Phan"
            " Chu Trinh hân hoan bước vào năm học mới 2026 – 2027."
        ),
        blocks=[
            P(
                "Sáng 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, 1.246 học sinh Trường THCS Phan"
                " Chu Trinh hân hoan bước vào năm học mới 2026 – 2027.",
                "lead",
            ),
            P(
                "Dự lễ khai giảng có đại diện lãnh đạo Phòng Giáo dục và Đào tạo, UBND phường Tân Lợi,"
                " Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và học sinh"
                " nhà trường."
            ),
            Img(
                f"{_UP}/09/khai-giang-2026-don-hoc-sinh-lop-6.jpg",
                "Đón học sinh lớp 6 bước vào ngôi trường mới",
                "Đón học sinh lớp 6 bước vào ngôi trường mới",
                "uagb",
            ),
            P(
                "Năm học 2025 – 2026, nhà trường có 98,6% học sinh được công nhận tốt nghiệp THCS, 86"
                " học sinh đạt giải học sinh giỏi cấp thành phố và 14 học sinh đạt giải cấp tỉnh."
            ),
            P(
                "Đánh trống khai giảng, cô Hiệu trưởng Lê Thị Kim Oanh kêu gọi thầy và trò nhà trường"
                " tiếp tục thi đua dạy tốt, học tốt, xây dựng trường học hạnh phúc."
            ),
            Img(
                f"{_UP}/09/khai-giang-2026-danh-trong.jpg",
                "Cô Hiệu trưởng đánh trống khai giảng năm học mới",
                "Cô Hiệu trưởng đánh trống khai giảng năm học mới",
                "uagb",
            ),
            Raw('<p class="has-text-align-right"><strong>Tin: Lê Thị Mỹ Hạnh</strong></p>'),
            Raw('<p class="has-text-align-right"><strong>Ảnh: Trần Quốc Việt</strong></p>'),
        ],
        authors=["Lê Thị Mỹ Hạnh"],
        photographers=["Trần Quốc Việt"],
        opts={"at": "2026-09-05 06:30", "by": "quantri", "thumb": True, "tags": []},
    ),
]

_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}
_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/{story.slug}/"


def newest(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(items, key=lambda s: s.opts["at"], reverse=True)


def _pages(count: int) -> int:
    return max(1, -(-count // PER_PAGE))


def _attachments(story: Story) -> list[tuple[str, Img]]:
    """(attachment page slug, image) for the photos a gallery links to their attachment page."""
    if not story.opts.get("attach"):
        return []
    return [(img.src.rsplit("/", 1)[1].rsplit(".", 1)[0], img) for img in story.images]


def _alt_paths(story: Story) -> list[str]:
    out = [f"/{story.slug}/?amp=1"]
    out += [f"/{story.slug}/?replytocom={c[0]}" for c in story.opts.get("comments", [])]
    return out


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat][1], alt_paths=_alt_paths(s)) for s in newest()
]


def _months() -> list[str]:
    return sorted({s.opts["at"][:7] for s in STORIES}, reverse=True)


def _tags_used() -> list[str]:
    return [t for t in TAGS if any(t in s.opts["tags"] for s in STORIES)]


def listings() -> dict[str, list[Story]]:
    """Every archive root with the posts it lists, newest first."""
    out: dict[str, list[Story]] = {}
    for slug in CATS:
        out[f"/chuyen-muc/{slug}/"] = newest(slug)
    for tag in _tags_used():
        out[f"/tag/{tag}/"] = [s for s in newest() if tag in s.opts["tags"]]
    for acc in ACCOUNTS:
        out[f"/author/{acc}/"] = [s for s in newest() if s.opts["by"] == acc]
    for month in _months():
        out[f"/{month[:4]}/{month[5:]}/"] = [s for s in newest() if s.opts["at"][:7] == month]
    return out


def listing_pages(root: str) -> list[str]:
    """The pages of one archive: the root, then ``page/N/``."""
    n = _pages(len(listings()[root]))
    return [root, *(f"{root}page/{k}/" for k in range(2, n + 1))]


NON_ARTICLES: list[str] = [
    "/",
    *(page for root in listings() for page in listing_pages(root)),
    "/gioi-thieu/",
    "/lien-he/",
    "/doi-ngu-giao-vien/",
    "/thoi-khoa-bieu/",
    *(f"/{s.slug}/{a}/" for s in STORIES for a, _ in _attachments(s)),
    "/?s=khai+gi%E1%BA%A3ng",
    "/wp-login.php",
]


# --------------------------------------------------------------------------- rendering

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "…": "&#8230;", "’": "&#8217;", "\xa0": "&nbsp;"}


def wt(value: str) -> str:
    """Text as ``wptexturize`` leaves it: escaped, curly quotes and dashes as references."""
    out = esc(value).replace("&quot;", '"')
    for ch, ref in _TEXTURIZE.items():
        out = out.replace(ch, ref)
    return out


def _local(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def _vn_date(when: datetime) -> str:
    """WordPress's ``j F, Y`` in Vietnamese: "20 Tháng 11, 2026"."""
    return f"{when.day} Tháng {when.month}, {when.year}"


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def anchor(heading: str) -> str:
    """Spectra's heading anchor: folded, hyphenated."""
    return re.sub(r"[^a-z0-9]+", "-", _fold(heading)).strip("-")


def _src(base: str, path: str) -> str:
    return base + path


def _thumb768(path: str) -> str:
    stem, ext = path.rsplit(".", 1)
    stem = re.sub(r"-\d+x\d+$", "", stem)
    return f"{stem}-768x512.{ext}"


def _img_tag(base: str, img: Img, cls: str, alt: str = "") -> str:
    return (
        f'<img decoding="async" loading="lazy" width="1024" height="683" src="{_src(base, img.src)}"'
        f' class="{cls}" alt="{esc(alt)}">'
    )


def _toc(story: Story, base: str) -> str:
    heads = [b.text for b in story.blocks if isinstance(b, P) and b.style == "h2"]
    items = "".join(
        f'<li class="uagb-toc__list"><a href="{base}/{story.slug}/#{anchor(h)}" class="uagb-toc-link__trigger">{wt(h)}</a></li>'
        for h in heads
    )
    return (
        '<div class="wp-block-uagb-table-of-contents uagb-toc__align-left uagb-toc__columns-1 uagb-block-7a0d3c11"'
        ' data-scroll="true" data-offset="30" data-delay="800">'
        '<div class="uagb-toc__wrap"><div class="uagb-toc__title">Mục lục</div>'
        f'<div class="uagb-toc__list-wrap"><ol class="uagb-toc__list">{items}</ol></div></div></div>'
    )


def _content(story: Story, base: str, amp: bool = False) -> str:
    parts: list[str] = []
    blocks = story.blocks
    attach = dict((img.src, a) for a, img in _attachments(story))
    i = 0

    def image(img: Img, cls: str) -> str:
        tag = _img_tag(base, img, cls)
        if amp:
            tag = tag.replace("<img ", "<amp-img layout=\"intrinsic\" ").replace(">", "></amp-img>", 1)
        return tag

    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("li",):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{wt(blocks[i].text)}</li>")
                i += 1
            parts.append(f'<ul class="wp-block-list">{"".join(items)}</ul>')
            continue
        if isinstance(block, P) and block.style in ("th", "tr"):
            head, rows = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                tag = "th" if row.style == "th" else "td"
                cells = "".join(f"<{tag}>{wt(c)}</{tag}>" for c in row.text.split(" | "))
                (head if row.style == "th" else rows).append(f"<tr>{cells}</tr>")
                i += 1
            parts.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                f'<thead>{"".join(head)}</thead><tbody>{"".join(rows)}</tbody></table></figure>'
            )
            continue
        if isinstance(block, P) and block.style == "ifb-t":
            desc = blocks[i + 1]
            assert isinstance(desc, P) and desc.style == "ifb-d"
            parts.append(
                '<div class="wp-block-uagb-info-box uagb-block-2f9b4e07 uagb-infobox__content-wrap uagb-infobox-icon-left">'
                '<div class="uagb-ifb-left-right-wrap"><div class="uagb-ifb-left-title-image">'
                '<div class="uagb-ifb-icon-wrap"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M256 8C119 8 8 119 8 256s111 248 248 248"></path></svg></div></div>'
                '<div class="uagb-ifb-content"><div class="uagb-ifb-title-wrap">'
                f'<h3 class="uagb-ifb-title">{wt(block.text)}</h3></div>'
                f'<p class="uagb-ifb-desc">{wt(desc.text)}</p></div></div></div>'
            )
            i += 2
            continue
        if isinstance(block, Img) and block.style == "gallery":
            figs = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                img = blocks[i]
                inner = image(img, "wp-image-" + str(story.id + len(figs) + 1))
                if img.src in attach:
                    inner = f'<a href="{base}/{story.slug}/{attach[img.src]}/">{inner}</a>'
                cap = f'<figcaption class="wp-element-caption">{wt(img.printed)}</figcaption>' if img.printed else ""
                figs.append(f'<figure class="wp-block-image size-large">{inner}{cap}</figure>')
                i += 1
            parts.append(
                '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">'
                + "".join(figs)
                + "</figure>"
            )
            continue
        if isinstance(block, P):
            if block.style == "h2":
                parts.append(
                    '<div class="wp-block-uagb-advanced-heading uagb-block-9e41b2c8">'
                    f'<h2 class="uagb-heading-text" id="{anchor(block.text)}">{wt(block.text)}</h2></div>'
                )
            elif block.style == "lead":
                parts.append(f"<p><strong>{wt(block.text)}</strong></p>")
            elif block.style == "quote":
                parts.append(
                    '<div class="wp-block-uagb-blockquote uagb-block-0b7d51ee">'
                    '<div class="uagb-blockquote__wrap"><blockquote class="uagb-blockquote">'
                    f'<div class="uagb-blockquote__content">{wt(block.text)}</div>'
                    "</blockquote></div></div>"
                )
            else:
                parts.append(f"<p>{wt(block.text)}</p>")
        elif isinstance(block, Img):
            if block.style == "uagb":
                cap = f'<figcaption class="uagb-image-caption">{wt(block.printed)}</figcaption>' if block.printed else ""
                parts.append(
                    '<div class="wp-block-uagb-image uagb-block-4d2a91f0 wp-block-uagb-image--layout-default'
                    ' wp-block-uagb-image--effect-static wp-block-uagb-image--align-center">'
                    f'<figure class="wp-block-uagb-image__figure">{image(block, "uag-image-" + str(story.id))}{cap}</figure></div>'
                )
            elif block.style in ("core", "core-nocap"):
                cap = f'<figcaption class="wp-element-caption">{wt(block.printed)}</figcaption>' if block.printed else ""
                parts.append(
                    f'<figure class="wp-block-image aligncenter size-large">{image(block, "wp-image-" + str(story.id - 3))}{cap}</figure>'
                )
            elif block.style == "below":
                parts.append(
                    f'<figure class="wp-block-image size-full">{image(block, "wp-image-" + str(story.id - 2))}</figure>'
                )
                parts.append(f'<p class="has-text-align-center"><em>{wt(block.printed)}</em></p>')
            else:
                raise ValueError(block.style)
        elif block is TOC:
            parts.append("" if amp else _toc(story, base))
        else:
            parts.append(block.html)
        i += 1
    return "\n".join(parts)


_MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu/", "Giới thiệu"),
    ("/chuyen-muc/hoat-dong-nha-truong/", "Hoạt động nhà trường"),
    ("/chuyen-muc/chuyen-mon/", "Chuyên môn"),
    ("/chuyen-muc/thong-bao/", "Thông báo"),
    ("/doi-ngu-giao-vien/", "Đội ngũ"),
    ("/thoi-khoa-bieu/", "Thời khóa biểu"),
    ("/lien-he/", "Liên hệ"),
]


def _head(base: str, title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{title}</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng phản hồi" href="{base}/comments/feed/" />
{extra}
<link rel='stylesheet' id='astra-theme-css-css' href='{base}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all' />
<link rel='stylesheet' id='uagb-block-css-css' href='{base}/wp-content/uploads/uag-plugin/custom-style-blocks.css?ver=2.16.1' media='all' />
<link rel='stylesheet' id='wpforms-full-css' href='{base}/wp-content/plugins/wpforms-lite/assets/css/frontend/classic/wpforms-full.min.css?ver=1.9.1' media='all' />
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
<link rel="icon" href="{base}/wp-content/uploads/2024/03/logo-pct-32x32.png" sizes="32x32" />
</head>"""


def _header(base: str, active: str) -> str:
    items = "".join(
        f'<li id="menu-item-{20 + n}" class="menu-item menu-item-type-custom menu-item-{20 + n}'
        f'{" current-menu-item" if href == active else ""}"><a href="{base}{href}" class="menu-link">{esc(label)}</a></li>'
        for n, (href, label) in enumerate(_MENU)
    )
    return f"""<a class="skip-link screen-reader-text" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar ast-above-header site-header-focus-item" data-section="section-above-header-builder"><div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-above-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1" data-section="section-hb-html-1"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p><span class="dashicons dashicons-calendar-alt"></span> {TODAY}</p></div></div></div></div>
<div class="site-header-above-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-2" data-section="section-hb-html-2"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p>Hotline: <a href="tel:02623852417">{PHONE}</a> | Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p></div></div></div></div>
</div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
<span class="site-logo-img"><a href="{base}/" class="custom-logo-link" rel="home"><img width="80" height="80" src="{base}/wp-content/uploads/2024/03/logo-pct.png" class="custom-logo" alt="{esc(SITE)}" decoding="async" /></a></span>
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="{base}/" rel="home" itemprop="url">{esc(SITE)}</a></span><p class="site-description" itemprop="description">{wt(TAGLINE)}</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Điều hướng trang" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">{items}</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-search" data-section="section-header-search"><div class="ast-search-menu-icon slide-search"><form role="search" method="get" class="search-form" action="{base}/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" tabindex="-1"></label></form></div></div>
</div></div></div></div></div>
</div>
</header>"""


def _sidebar(base: str) -> str:
    latest = "".join(
        f'<li><a href="{base}{article_path(s)}">{wt(s.title)}</a><span class="post-date">{_vn_date(_local(s))}</span></li>'
        for s in newest()[:5]
    )
    months = "".join(
        f'<li><a href="{base}/{m[:4]}/{m[5:]}/">Tháng {int(m[5:])} {m[:4]}</a></li>' for m in _months()
    )
    return f"""<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main" role="complementary">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{base}/"><label for="search-field"><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" id="search-field" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" tabindex="-1"></label><button class="search-submit ast-search-submit" aria-label="Nút Gửi tìm kiếm"><span class="ast-icon icon-search"></span></button></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><nav aria-label="Bài viết mới"><ul>{latest}</ul></nav></aside>
<aside id="media_image-3" class="widget widget_media_image"><h2 class="widget-title">Liên kết</h2><a href="https://moet.gov.vn" target="_blank" rel="noopener"><img width="300" height="90" src="{base}/wp-content/uploads/2024/03/banner-bo-gddt.png" class="image wp-image-88 attachment-full size-full" alt="Bộ Giáo dục và Đào tạo" decoding="async" loading="lazy" /></a></aside>
<aside id="media_image-4" class="widget widget_media_image"><a href="https://daklak.edu.vn" target="_blank" rel="noopener"><img width="300" height="90" src="{base}/wp-content/uploads/2024/03/banner-so-gddt-daklak.png" class="image wp-image-89 attachment-full size-full" alt="Sở GD&amp;ĐT Đắk Lắk" decoding="async" loading="lazy" /></a></aside>
<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><nav aria-label="Lưu trữ"><ul>{months}</ul></nav></aside>
<aside id="custom_html-2" class="widget_text widget widget_custom_html"><h2 class="widget-title">Thống kê truy cập</h2><div class="textwidget custom-html-widget"><ul class="wps-counter"><li>Đang truy cập: <strong>9</strong></li><li>Hôm nay: <strong>312</strong></li><li>Hôm qua: <strong>547</strong></li><li>Tổng lượt truy cập: <strong>486.915</strong></li></ul></div></aside>
</div></div>"""


def _footer(base: str) -> str:
    return f"""</div> <!-- ast-container -->
</div><!-- #content -->
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-primary-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-primary-section-1 site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1"><section id="block-7" class="widget widget_block"><h4 class="wp-block-heading">{esc(SITE.upper())}</h4>
<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE}</p><p>Email: {EMAIL}</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-2"><section id="block-8" class="widget widget_block"><p>Chịu trách nhiệm nội dung: Cô Lê Thị Kim Oanh &#8211; Hiệu trưởng</p><p><a href="{base}/wp-login.php">Đăng nhập</a></p></section></aside></div>
</div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Bản quyền &copy; 2026 {esc(SITE)} | Phát triển trên nền tảng WordPress &amp; Astra</p></div></div></div></div></div></div>
</footer>
</div><!-- #page -->
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both"><span class="screen-reader-text">Cuộn lên đầu trang</span></div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"1","is_scroll_to_top":"1"}};</script>
<script src="{base}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
<script src="{base}/wp-content/plugins/ultimate-addons-for-gutenberg/assets/js/table-of-contents.min.js?ver=2.16.1" id="uagb-toc-js-js"></script>
</body>
</html>"""


def _page(base: str, title: str, body_class: str, main: str, *, active: str = "", extra: str = "") -> str:
    return (
        _head(base, title, extra)
        + f'\n<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="{body_class} wp-custom-logo wp-embed-responsive ast-separate-container ast-two-container ast-right-sidebar astra-4.8.3 ast-desktop ast-inherit-site-logo-transparent ast-hfb-header">\n'
        + _header(base, active)
        + '\n<div id="content" class="site-content"><div class="ast-container">\n'
        + f'<div id="primary" class="content-area primary"><main id="main" class="site-main">{main}</main></div>\n'
        + _sidebar(base)
        + "\n"
        + _footer(base)
    )


def _crumbs(base: str, *trail: tuple[str | None, str]) -> str:
    items = [
        f'<li class="trail-item trail-begin"><a href="{base}/" rel="home"><span>Trang chủ</span></a></li>'
    ]
    for href, label in trail:
        if href:
            items.append(f'<li class="trail-item"><a href="{base}{href}"><span>{wt(label)}</span></a></li>')
        else:
            items.append(f'<li class="trail-item trail-end"><span><span>{wt(label)}</span></span></li>')
    return (
        '<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs">'
        f'<div class="ast-breadcrumbs"><ul class="trail-items">{"".join(items)}</ul></div></nav></div></div>'
    )


def _meta_line(base: str, story: Story, prefix: str = "Ngày ") -> str:
    acc = story.opts["by"]
    name = ACCOUNTS[acc][1]
    when = _local(story)
    cat_slug = story.cat
    return (
        '<div class="entry-meta">'
        f'<span class="posted-on"><span class="published" itemprop="datePublished">{prefix}{_vn_date(when)}</span></span>'
        ' / Bởi <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">'
        f'<a title="Xem tất cả bài viết của {esc(name)}" href="{base}/author/{acc}/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">{esc(name)}</span></a></span>'
        f' / <span class="cat-links"><a href="{base}/chuyen-muc/{cat_slug}/" rel="category tag">{wt(CATS[cat_slug][1])}</a></span>'
        "</div>"
    )


def _comments(base: str, story: Story) -> str:
    items = []
    for cid, name, when, body in story.opts.get("comments", []):
        at = datetime.strptime(when, "%Y-%m-%d %H:%M")
        hour = at.hour % 12 or 12
        ampm = "sáng" if at.hour < 12 else "chiều"
        items.append(
            f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><article id="comment-{cid}" class="ast-comment">'
            f'<div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt="" src="{base}/wp-content/uploads/2024/03/avatar-mac-dinh.png" class="avatar avatar-50 photo" height="50" width="50" loading="lazy" decoding="async"></div>'
            f'<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">{esc(name)}</b></cite></div>'
            f'<div class="ast-comment-time"><span class="timendate"><a href="{base}/{story.slug}/#comment-{cid}"><time datetime="{at:%Y-%m-%dT%H:%M:%S}+07:00">{_vn_date(at)} lúc {hour}:{at:%M} {ampm}</time></a></span></div></header></div></div></div>'
            f'<section class="ast-comment-content comment"><p>{wt(body)}</p>'
            f'<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="{base}/{story.slug}/?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{story.id}" aria-label="Trả lời {esc(name)}">Trả lời</a></span></div></section>'
            "</article></li>"
        )
    count = len(items)
    heading = (
        f'<h3 class="comments-title">{count} bình luận về &ldquo;{wt(story.title)}&rdquo;</h3><ol class="ast-comment-list">{"".join(items)}</ol>'
        if items
        else ""
    )
    return f"""<div id="comments" class="comments-area comment-form-position-below">{heading}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="{base}/{story.slug}/#respond" style="display:none;">Hủy</a></small></h3>
<form action="{base}/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Nhập bình luận của bạn ...</label><textarea id="comment" name="comment" placeholder="Nhập bình luận của bạn ..." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="author" class="screen-reader-text">Tên*</label><input id="author" name="author" type="text" value="" placeholder="Tên*" size="30" aria-required='true' autocomplete="name" /></p>
<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="email" class="screen-reader-text">Email*</label><input id="email" name="email" type="text" value="" placeholder="Email*" size="30" aria-required='true' autocomplete="email" /></p></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận &raquo;" /> <input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div></div>"""


def _related(base: str, story: Story) -> str:
    others = [s for s in newest(story.cat) if s.id != story.id][:3]
    if len(others) < 3:
        others += [s for s in newest() if s.id != story.id and s not in others][: 3 - len(others)]
    cards = "".join(
        f'<article class="ast-related-post post-{s.id} post type-post status-publish format-standard">'
        f'<div class="ast-related-posts-inner-section"><div class="ast-related-post-content">'
        f'<header class="entry-header related-entry-header"><h3 class="ast-related-post-title entry-title"><a href="{base}{article_path(s)}" target="_self" rel="bookmark noopener noreferrer">{wt(s.title)}</a></h3>'
        f'<div class="entry-meta ast-related-cat-style--none ast-related-tag-style--none"><span class="posted-on"><span class="published" itemprop="datePublished">{_vn_date(_local(s))}</span></span></div></header>'
        "</div></div></article>"
        for s in others
    )
    return (
        '<div class="ast-single-related-posts-container ast-separate-container">'
        '<div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Bài viết liên quan</h2></div>'
        f'<div class="ast-related-posts-wrapper">{cards}</div></div>'
    )


def _post_nav(base: str, story: Story) -> str:
    order = newest()
    idx = order.index(story)
    newer = order[idx - 1] if idx > 0 else None
    older = order[idx + 1] if idx + 1 < len(order) else None
    prev = (
        f'<div class="nav-previous"><a title="{esc(older.title)}" href="{base}{article_path(older)}" rel="prev"><span class="ast-left-arrow">&larr;</span> Bài trước</a></div>'
        if older
        else ""
    )
    nxt = (
        f'<div class="nav-next"><a title="{esc(newer.title)}" href="{base}{article_path(newer)}" rel="next">Bài tiếp <span class="ast-right-arrow">&rarr;</span></a></div>'
        if newer
        else ""
    )
    return f'<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">{prev}{nxt}</div></nav>'


def _share_and_views(base: str, story: Story) -> str:
    url = f"{base}/{story.slug}/"
    return (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
        '<h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>'
        f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{url}?share=facebook" target="_blank" title="Nhấn để chia sẻ trên Facebook"><span>Facebook</span></a></li>'
        f'<li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="{url}#print" target="_blank" title="Nhấp để in"><span>In</span></a></li>'
        '<li class="share-end"></li></ul></div></div></div>'
        f'<div class="post-views content-post post-{story.id} entry-meta load-static"><span class="post-views-icon dashicons dashicons-chart-bar"></span> '
        f'<span class="post-views-label">Lượt xem:</span> <span class="post-views-count">{story.views()}</span></div>'
    )


def _article(story: Story, request: Request) -> str:
    base = base_url(request)
    when = _local(story)
    utc = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    desc = f'<meta name="description" content="{wt(story.summary)}" />\n<meta property="og:description" content="{wt(story.summary)}" />\n' if story.summary else ""
    first = story.images[0] if story.images else None
    og_img = f'<meta property="og:image" content="{base}{first.src}" />\n' if first else ""
    extra = (
        f'<link rel="canonical" href="{base}/{story.slug}/" />\n'
        f"<link rel='shortlink' href='{base}/?p={story.id}' />\n"
        f'<link rel="amphtml" href="{base}/{story.slug}/?amp=1">\n'
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {wt(story.title)} Dòng phản hồi" href="{base}/{story.slug}/feed/" />\n'
        f'<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{wt(story.title)} - {esc(SITE)}" />\n{desc}'
        f'<meta property="og:url" content="{base}/{story.slug}/" />\n'
        f'<meta property="article:published_time" content="{utc}" />\n{og_img}'
        f'<meta name="author" content="{esc(ACCOUNTS[story.opts["by"]][1])}" />'
    )
    thumb = ""
    header_cls = "entry-header ast-no-thumbnail"
    if story.opts.get("thumb") and first:
        header_cls = "entry-header"
        thumb = (
            f'<div class="post-thumb-img-content post-thumb"><img width="768" height="512" src="{base}{_thumb768(first.src)}"'
            f' class="attachment-large size-large wp-post-image" alt="" itemprop="image" decoding="async" fetchpriority="high" /></div>'
        )
    tags = story.opts.get("tags", [])
    tag_links = ", ".join(f'<a href="{base}/tag/{t}/" rel="tag">{wt(TAGS[t])}</a>' for t in tags)
    entry_footer = f'<footer class="entry-footer"><span class="tags-links">Thẻ: {tag_links}</span></footer>' if tags else ""
    main = f"""{_crumbs(base, (f"/chuyen-muc/{story.cat}/", CATS[story.cat][1]), (None, story.title))}
<article class="post-{story.id} post type-post status-publish format-standard{" has-post-thumbnail" if thumb else ""} hentry category-{story.cat} ast-article-single" id="post-{story.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1">
<header class="{header_cls}">
{thumb}<h1 class="entry-title" itemprop="headline">{wt(story.title)}</h1>{_meta_line(base, story)}
</header><!-- .entry-header -->
<div class="entry-content clear" itemprop="text">
{_content(story, base)}
{_share_and_views(base, story)}
</div><!-- .entry-content .clear -->
{entry_footer}
</div>
</article><!-- #post-## -->
{_post_nav(base, story)}
{_related(base, story)}
{_comments(base, story)}"""
    return _page(
        base,
        f"{wt(story.title)} - {esc(SITE)}",
        f"post-template-default single single-post postid-{story.id} single-format-standard",
        main,
        extra=extra,
    )


def _amp(story: Story, request: Request) -> str:
    """The AMP plugin's reader template for ``?amp=1``."""
    base = base_url(request)
    name = ACCOUNTS[story.opts["by"]][1]
    return f"""<!doctype html>
<html amp lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{wt(story.title)} &#8211; {esc(SITE)}</title>
<link rel="canonical" href="{base}/{story.slug}/">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.amp-wp-header{{background:#0b5394}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{base}/">{esc(SITE)}</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header"><h1 class="amp-wp-title">{wt(story.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{esc(name)}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{_local(story).astimezone(UTC):%Y-%m-%dT%H:%M:%S+00:00}">{_vn_date(_local(story))}</time></div>
</header>
<div class="amp-wp-article-content">
{_content(story, base, amp=True)}
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: <a href="{base}/chuyen-muc/{story.cat}/" rel="category tag">{wt(CATS[story.cat][1])}</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{base}/{story.slug}/#respond">Để lại bình luận</a></div></footer>
</article>
<footer class="amp-wp-footer"><div><h2>{esc(SITE)}</h2><a href="#top" class="back-to-top">Về đầu trang ↑</a></div></footer>
</body>
</html>"""


def _card(base: str, s: Story) -> str:
    first = s.images[0] if s.images else None
    thumb = (
        f'<div class="ast-blog-featured-section post-thumb ast-blog-single-element"><div class="post-thumb-img-content post-thumb"><a href="{base}{article_path(s)}"><img width="768" height="512" src="{base}{_thumb768(first.src)}" class="attachment-large size-large wp-post-image" alt="" decoding="async" loading="lazy" /></a></div></div>'
        if first
        else ""
    )
    lead = next(b.text for b in s.blocks if isinstance(b, P))
    excerpt = " ".join(lead.split()[:40]) + ("&hellip;" if len(lead.split()) > 40 else "")
    return (
        f'<article class="post-{s.id} post type-post status-publish format-standard hentry category-{s.cat} ast-grid-common-col ast-full-width ast-article-post" id="post-{s.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">'
        '<div class="ast-post-format- blog-layout-1 ast-no-date-box"><div class="post-content ast-grid-common-col">'
        f"{thumb}"
        f'<header class="entry-header ast-blog-single-element ast-blog-meta-container"><h2 class="entry-title ast-blog-single-element" itemprop="headline"><a href="{base}{article_path(s)}" rel="bookmark">{wt(s.title)}</a></h2>'
        f"{_meta_line(base, s, prefix='')}</header>"
        f'<div class="ast-excerpt-container ast-blog-single-element"><p>{wt(excerpt)}</p></div>'
        f'<p class="ast-blog-single-element ast-read-more-container read-more"><a class="" href="{base}{article_path(s)}"><span class="screen-reader-text">{wt(s.title)}</span> Đọc thêm &raquo;</a></p>'
        "</div></div></article>"
    )


def _pagination(base: str, root: str, page: int, last: int) -> str:
    if last <= 1:
        return ""

    def url(n: int) -> str:
        return f"{base}{root}" if n == 1 else f"{base}{root}page/{n}/"

    parts = []
    if page > 1:
        parts.append(f'<a class="prev page-numbers" href="{url(page - 1)}">&larr; Trang trước</a>')
    for n in range(1, last + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{url(n)}">{n}</a>')
    if page < last:
        parts.append(f'<a class="next page-numbers" href="{url(page + 1)}">Trang sau &rarr;</a>')
    return (
        '<div class="ast-pagination"><nav class="navigation pagination" aria-label="Phân trang bài viết">'
        f'<h2 class="screen-reader-text">Phân trang bài viết</h2><div class="nav-links">{"".join(parts)}</div></nav></div>'
    )


def _archive(request: Request, root: str, heading: str, items: list[Story], page: int, crumb: str, body_class: str, active: str = "") -> str | None:
    base = base_url(request)
    last = _pages(len(items))
    if page > last:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    title = wt(heading) + (f" &#8211; Trang {page}" if page > 1 else "")
    main = (
        _crumbs(base, (None, crumb))
        + f'<section class="ast-archive-description"><h1 class="page-title ast-archive-title">{wt(heading)}</h1></section>'
        + f'<div class="ast-row">{"".join(_card(base, s) for s in chunk)}</div>'
        + _pagination(base, root, page, last)
    )
    canon = f"{base}{root}" + (f"page/{page}/" if page > 1 else "")
    extra = f'<link rel="canonical" href="{canon}" />'
    if page > 1:
        extra += f'\n<link rel="prev" href="{base}{root}{"" if page == 2 else f"page/{page - 1}/"}" />'
    if page < last:
        extra += f'\n<link rel="next" href="{base}{root}page/{page + 1}/" />'
    return _page(base, f"{title} - {esc(SITE)}", f"archive {body_class}{' paged' if page > 1 else ''}", main, active=active, extra=extra)


def _home(request: Request) -> str:
    base = base_url(request)
    grid = "".join(
        f'<article class="uagb-post__inner-wrap"><div class="uagb-post__image"><a href="{base}{article_path(s)}" target="_self" rel="bookmark noopener noreferrer" class="uagb-image-ratio-inherit">'
        + (f'<img width="768" height="512" src="{base}{_thumb768(s.images[0].src)}" alt="" loading="lazy" decoding="async" />' if s.images else "")
        + f'</a></div><h4 class="uagb-post__title uagb-post__text"><a href="{base}{article_path(s)}" target="_self" rel="bookmark noopener noreferrer">{wt(s.title)}</a></h4>'
        f'<div class="uagb-post-grid-byline uagb-post__text"><time datetime="{_local(s):%Y-%m-%dT%H:%M:%S}+07:00" class="uagb-post__date">{_vn_date(_local(s))}</time></div>'
        f'<div class="uagb-post__cta uagb-post__text"><a class="uagb-post__link uagb-text-link wp-block-button__link" href="{base}{article_path(s)}" target="_self" rel="bookmark noopener noreferrer">Xem thêm</a></div></article>'
        for s in newest()[:6]
    )
    notices = "".join(
        f'<li><a href="{base}{article_path(s)}">{wt(s.title)}</a> <span class="post-date">({_local(s):%d/%m/%Y})</span></li>'
        for s in newest("thong-bao")
    )
    main = f"""<article class="post-2 page type-page status-publish ast-article-single" id="post-2">
<header class="entry-header ast-header-without-markup"></header>
<div class="entry-content clear" itemprop="text">
<div class="wp-block-uagb-container uagb-block-a13f0e22 alignfull uagb-is-root-container"><div class="uagb-container-inner-blocks-wrap">
<div class="wp-block-uagb-advanced-heading uagb-block-1c2d3e4f"><h2 class="uagb-heading-text">Tin mới nhất</h2><p class="uagb-desc-text">Hoạt động dạy và học của thầy và trò {esc(SITE)}</p></div>
<div class="wp-block-uagb-post-grid uagb-post-grid uagb-post__image-position-top uagb-post__columns-3 uagb-post__equal-height uagb-block-55aa66bb" data-total="3">{grid}</div>
</div></div>
<div class="wp-block-uagb-container uagb-block-b24c1f33"><div class="wp-block-uagb-advanced-heading uagb-block-2d3e4f5a"><h2 class="uagb-heading-text">Thông báo</h2></div>
<ul class="wp-block-list thong-bao-list">{notices}</ul>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="{base}/chuyen-muc/thong-bao/">Xem tất cả thông báo</a></div></div></div>
<div class="wp-block-uagb-info-box uagb-block-ff0e1d2c uagb-infobox__content-wrap uagb-infobox-icon-above-title"><div class="uagb-ifb-content"><div class="uagb-ifb-title-wrap"><h3 class="uagb-ifb-title">1.246 học sinh</h3></div><p class="uagb-ifb-desc">32 lớp, 68 cán bộ, giáo viên, nhân viên</p>
<div class="uagb-ifb-button-wrapper wp-block-button"><a href="{base}/gioi-thieu/" class="uagb-infobox-cta-link wp-block-button__link"><span class="uagb-inline-editing">Tìm hiểu thêm</span></a></div></div></div>
</div></article>"""
    extra = f'<link rel="canonical" href="{base}/" />\n<meta property="og:type" content="website" />'
    return _page(base, f"{esc(SITE)} &#8211; {wt(TAGLINE)}", "home page-template-default page page-id-2", main, active="/", extra=extra)


def _static(request: Request, slug: str, title: str, content: str, page_id: int) -> str:
    base = base_url(request)
    main = f"""{_crumbs(base, (None, title))}
<article class="post-{page_id} page type-page status-publish ast-article-single" id="post-{page_id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">{wt(title)}</h1></header>
<div class="entry-content clear" itemprop="text">
{content}
</div></article>"""
    extra = f'<link rel="canonical" href="{base}/{slug}/" />'
    return _page(base, f"{wt(title)} - {esc(SITE)}", f"page-template-default page page-id-{page_id}", main, active=f"/{slug}/", extra=extra)


def _gioi_thieu(request: Request) -> str:
    content = f"""<p>{esc(SITE)} được thành lập năm 1994 trên cơ sở tách ra từ Trường PTCS Tân Lợi. Trải qua hơn 30 năm xây dựng và phát triển, nhà trường luôn là một trong những đơn vị dẫn đầu khối THCS của thành phố Buôn Ma Thuột.</p>
<p>Năm học 2026 &#8211; 2027, nhà trường có 32 lớp với 1.246 học sinh; 68 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo. Trường đạt chuẩn quốc gia mức độ 2 năm 2023.</p>
<div class="wp-block-uagb-blockquote uagb-block-99ab01cd"><div class="uagb-blockquote__wrap"><blockquote class="uagb-blockquote"><div class="uagb-blockquote__content">{wt(TAGLINE)}</div></blockquote></div></div>"""
    return _static(request, "gioi-thieu", "Giới thiệu", content, 12)


def _lien_he(request: Request) -> str:
    content = f"""<p><strong>{esc(SITE)}</strong></p><p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE} &#8211; Email: {EMAIL}</p>
<div class="wpforms-container wpforms-container-full" id="wpforms-215"><form id="wpforms-form-215" class="wpforms-validate wpforms-form" data-formid="215" method="post" enctype="multipart/form-data" action="/lien-he/" data-token="6e1f0b9c5d2a8e47">
<div class="wpforms-field-container"><div id="wpforms-215-field_0-container" class="wpforms-field wpforms-field-name" data-field-id="0"><label class="wpforms-field-label" for="wpforms-215-field_0">Họ và tên <span class="wpforms-required-label">*</span></label><input type="text" id="wpforms-215-field_0" class="wpforms-field-large wpforms-field-required" name="wpforms[fields][0]" required></div>
<div id="wpforms-215-field_1-container" class="wpforms-field wpforms-field-email" data-field-id="1"><label class="wpforms-field-label" for="wpforms-215-field_1">Email <span class="wpforms-required-label">*</span></label><input type="email" id="wpforms-215-field_1" class="wpforms-field-large wpforms-field-required" name="wpforms[fields][1]" required></div>
<div id="wpforms-215-field_2-container" class="wpforms-field wpforms-field-textarea" data-field-id="2"><label class="wpforms-field-label" for="wpforms-215-field_2">Nội dung <span class="wpforms-required-label">*</span></label><textarea id="wpforms-215-field_2" class="wpforms-field-medium wpforms-field-required" name="wpforms[fields][2]" required></textarea></div></div>
<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="215"><button type="submit" name="wpforms[submit]" id="wpforms-submit-215" class="wpforms-submit" data-alt-text="Đang gửi..." data-submit-text="Gửi liên hệ" aria-live="assertive" value="wpforms-submit">Gửi liên hệ</button></div></form></div>"""
    return _static(request, "lien-he", "Liên hệ", content, 14)


_TEAM = [
    ("Lê Thị Kim Oanh", "Hiệu trưởng"),
    ("Đỗ Văn Hùng", "Phó Hiệu trưởng"),
    ("Phạm Thị Thanh Hà", "Phó Hiệu trưởng"),
    ("Trần Thị Ngọc Ánh", "Tổ trưởng Tổ Ngữ văn"),
    ("Lương Văn Khoa", "Tổ trưởng Tổ Toán – Tin"),
    ("Lê Thị Mỹ Hạnh", "Tổng phụ trách Đội"),
]


def _doi_ngu(request: Request) -> str:
    base = base_url(request)
    cards = "".join(
        f'<div class="wp-block-uagb-team uagb-team__image-position-above uagb-team__align-center uagb-block-te{n:02d}"><div class="uagb-team__wrap"><div class="uagb-team__image-wrap"><img class="uagb-team__image-crop-circle" src="{base}/wp-content/uploads/2024/08/gv-{n:02d}.jpg" alt="{esc(name)}" width="150" height="150" loading="lazy"></div>'
        f'<div class="uagb-team__content"><h3 class="uagb-team__title">{esc(name)}</h3><span class="uagb-team__prefix">{wt(role)}</span></div></div></div>'
        for n, (name, role) in enumerate(_TEAM, 1)
    )
    content = f'<div class="wp-block-uagb-advanced-heading uagb-block-0f0e0d0c"><h2 class="uagb-heading-text">Ban giám hiệu và tổ trưởng chuyên môn</h2></div><div class="wp-block-uagb-container uagb-layout-grid uagb-block-6a6b6c6d">{cards}</div>'
    return _static(request, "doi-ngu-giao-vien", "Đội ngũ giáo viên", content, 16)


_TKB_PDF = "/wp-content/uploads/2026/09/TKB-HK1-2026-2027.pdf"


def _tkb(request: Request) -> str:
    base = base_url(request)
    content = f"""<p>Thời khóa biểu học kỳ I năm học 2026 &#8211; 2027, áp dụng từ ngày 07/9/2026.</p>
<figure class="wp-block-table"><table><thead><tr><th>Buổi</th><th>Tiết 1</th><th>Tiết 2</th><th>Tiết 3</th><th>Tiết 4</th><th>Tiết 5</th></tr></thead>
<tbody><tr><td>Sáng (khối 8, 9)</td><td>7h00</td><td>7h50</td><td>8h50</td><td>9h40</td><td>10h30</td></tr><tr><td>Chiều (khối 6, 7)</td><td>13h15</td><td>14h05</td><td>15h05</td><td>15h55</td><td>16h45</td></tr></tbody></table></figure>
<div class="wp-block-file"><a id="wp-block-file--media-3f1c" href="{base}{_TKB_PDF}">TKB-HK1-2026-2027</a><a href="{base}{_TKB_PDF}" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-3f1c">Tải về</a></div>"""
    return _static(request, "thoi-khoa-bieu", "Thời khóa biểu", content, 18)


def _attachment_page(request: Request, story: Story, att: str, img: Img) -> str:
    base = base_url(request)
    acc = story.opts["by"]
    main = f"""{_crumbs(base, (f"/{story.slug}/", story.title), (None, att))}
<article class="post-{story.id + 1} attachment type-attachment status-inherit hentry ast-article-single" id="post-{story.id + 1}">
<div class="ast-post-format- single-layout-1"><header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">{esc(att)}</h1>
<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">Ngày {_vn_date(_local(story))}</span></span> / Bởi <span class="posted-by vcard author"><a href="{base}/author/{acc}/" rel="author" class="url fn n"><span class="author-name">{esc(ACCOUNTS[acc][1])}</span></a></span></div></header>
<div class="entry-content clear" itemprop="text"><p class="attachment"><a href="{base}{img.src}"><img width="300" height="200" src="{base}{img.src}" class="attachment-medium size-medium" alt="" decoding="async" /></a></p></div>
</div></article>
<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links"><div class="nav-previous"><a href="{base}/{story.slug}/" rel="prev"><span class="ast-left-arrow">&larr;</span> Được đăng trong {wt(story.title)}</a></div></div></nav>"""
    extra = f'<link rel="canonical" href="{base}/{story.slug}/{att}/" />'
    return _page(base, f"{esc(att)} - {esc(SITE)}", f"attachment attachment-template-default single single-attachment postid-{story.id + 1}", main, extra=extra)


def _search(request: Request) -> str:
    base = base_url(request)
    q = request.params.get("s", "").strip()
    hits = [s for s in newest() if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    body = "".join(_card(base, s) for s in hits) or (
        '<section class="no-results not-found"><div class="page-content"><p>Xin lỗi, không có kết quả nào phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p></div></section>'
    )
    main = f'<section class="ast-archive-description"><h1 class="page-title ast-archive-title">Kết quả tìm kiếm cho: <span>{esc(q)}</span></h1></section><div class="ast-row">{body}</div>'
    return _page(base, f"Kết quả tìm kiếm cho &#8220;{esc(q)}&#8221; - {esc(SITE)}", "search search-results", main, extra="<meta name='robots' content='noindex, follow' />")


def _login(request: Request) -> Response:
    base = base_url(request)
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>Đăng nhập &lsaquo; {esc(SITE)} &#8212; WordPress</title><meta name='robots' content='noindex, follow' /></head>
<body class="login no-js login-action-login wp-core-ui locale-vi"><div id="login"><h1><a href="https://vi.wordpress.org/">Được hỗ trợ bởi WordPress</a></h1>
<form name="loginform" id="loginform" action="{base}/wp-login.php" method="post"><p><label for="user_login">Tên người dùng hoặc Địa chỉ Email</label><input type="text" name="log" id="user_login" class="input" value="" size="20" autocapitalize="off" autocomplete="username" required="required" /></p>
<div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label><input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20" autocomplete="current-password" required="required" /></div>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p></form>
<p id="nav"><a href="{base}/wp-login.php?action=lostpassword">Bạn quên mật khẩu?</a></p><p id="backtoblog"><a href="{base}/">&larr; Quay lại {esc(SITE)}</a></p></div></body></html>"""
    return html(body, headers={"Set-Cookie": "wordpress_test_cookie=WP%20Cookie%20check; path=/; HttpOnly"})


def _rss(base: str, title: str, link: str, self_href: str, items: str) -> Response:
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>
<channel>
	<title>{title}</title>
	<atom:link href="{self_href}" rel="self" type="application/rss+xml" />
	<link>{link}</link>
	<description>{wt(TAGLINE)}</description>
	<lastBuildDate>{format_datetime(_local(newest()[0]).astimezone(UTC), usegmt=True)}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<generator>https://wordpress.org/?v=6.6.2</generator>{items}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"""
	<item>
		<title>{wt(s.title)}</title>
		<link>{base}{article_path(s)}</link>
		<comments>{base}{article_path(s)}#respond</comments>
		<dc:creator><![CDATA[{ACCOUNTS[s.opts["by"]][1]}]]></dc:creator>
		<pubDate>{format_datetime(_local(s).astimezone(UTC), usegmt=True)}</pubDate>
		<category><![CDATA[{CATS[s.cat][1]}]]></category>
		<guid isPermaLink="false">{base}/?p={s.id}</guid>
		<description><![CDATA[{next(b.text for b in s.blocks if isinstance(b, P))[:200]} [&#8230;]]]></description>
		<wfw:commentRss>{base}{article_path(s)}feed/</wfw:commentRss>
		<slash:comments>{len(s.opts.get("comments", []))}</slash:comments>
	</item>"""
        for s in newest()[:FEED_SIZE]
    )
    return _rss(base, esc(SITE), f"{base}/", f"{base}/feed/", items)


def _comment_feed(request: Request, story: Story) -> Response:
    base = base_url(request)
    items = "".join(
        f"""
	<item>
		<title>Bởi: {esc(name)}</title>
		<link>{base}/{story.slug}/#comment-{cid}</link>
		<dc:creator><![CDATA[{name}]]></dc:creator>
		<pubDate>{format_datetime(datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL).astimezone(UTC), usegmt=True)}</pubDate>
		<guid isPermaLink="false">{base}/{story.slug}/#comment-{cid}</guid>
		<description><![CDATA[{body}]]></description>
	</item>"""
        for cid, name, when, body in story.opts.get("comments", [])
    )
    return _rss(base, f"Bình luận về: {wt(story.title)}", f"{base}/{story.slug}/", f"{base}/{story.slug}/feed/", items)


def _sitemap(request: Request, which: str) -> Response | None:
    base = base_url(request)
    head = '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="' + base + '/wp-sitemap.xsl" ?>\n'
    if which == "index":
        names = ["posts-post-1", "posts-page-1", "taxonomies-category-1", "taxonomies-post_tag-1", "users-1"]
        body = head + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
            f"<sitemap><loc>{base}/wp-sitemap-{n}.xml</loc></sitemap>" for n in names
        ) + "</sitemapindex>\n"
    else:
        if which == "posts-post-1":
            urls = [(article_path(s), _local(s).strftime("%Y-%m-%dT%H:%M:%S+07:00")) for s in newest()]
        elif which == "posts-page-1":
            urls = [(p, "2026-09-01T08:00:00+07:00") for p in ("/", "/gioi-thieu/", "/lien-he/", "/doi-ngu-giao-vien/", "/thoi-khoa-bieu/")]
        elif which == "taxonomies-category-1":
            urls = [(f"/chuyen-muc/{c}/", "") for c in CATS]
        elif which == "taxonomies-post_tag-1":
            urls = [(f"/tag/{t}/", "") for t in _tags_used()]
        elif which == "users-1":
            urls = [(f"/author/{a}/", "") for a in ACCOUNTS]
        else:
            return None
        body = head + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
            f"<url><loc>{base}{p}</loc>" + (f"<lastmod>{m}</lastmod>" if m else "") + "</url>" for p, m in urls
        ) + "</urlset>\n"
    return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})


_ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {base}/wp-sitemap.xml\n"

_PAGED = re.compile(r"^(?P<root>/.*?/)page/(?P<n>\d+)/$")


def _not_found(request: Request) -> Response:
    base = base_url(request)
    main = """<section class="error-404 not-found"><div class="ast-404-layout-1">
<header class="page-header"><h1 class="page-title">Không tìm thấy trang này.</h1></header>
<div class="page-content"><div class="page-sub-title">Có vẻ như không có gì được tìm thấy ở vị trí này. Bạn có thể thử tìm kiếm?</div>
<div class="ast-404-search"><div class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s"></form></div></div></div></div></section>"""
    page = _page(base, f"Không tìm thấy trang &#8211; {esc(SITE)}", "error404", main, extra="<meta name='robots' content='noindex, follow' />")
    return html(page, status=404)


class WordPressAstra:
    """WordPress's rewrite rules for this site, as a table of paths."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path == _TKB_PDF:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            known = any(path in (img.src, _thumb768(img.src)) for s in STORIES for img in s.images)
            if path.startswith("/wp-content/uploads/2026/") and not known:
                return _not_found(request)
            return static_file(path) or _not_found(request)
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain; charset=utf-8"})
        if m := re.fullmatch(r"/wp-sitemap(?:-([a-z_]+-\d+|[a-z]+-[a-z_]+-\d+))?\.xml", path):
            return _sitemap(request, m.group(1) or "index")
        if path == "/wp-login.php":
            return _login(request)
        if path == "/":
            params = request.params
            if "s" in params:
                return html(_search(request))
            if "p" in params:
                story = _BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(f"{base_url(request)}{article_path(story)}", 301) if story else _not_found(request)
            return html(_home(request))
        if path in ("/feed/", "/comments/feed/"):
            return _feed(request) if path == "/feed/" else _rss(base_url(request), f"Bình luận cho {esc(SITE)}", f"{base_url(request)}/", f"{base_url(request)}/comments/feed/", "")
        if not path.endswith("/"):
            # redirect_canonical(): the slashed form
            target = base_url(request) + path + "/" + (f"?{request.query}" if request.query else "")
            return redirect(target, 301)
        page = self._page(request)
        if page is None:
            return _not_found(request)
        if isinstance(page, Response):
            return page
        return html(page)

    def _page(self, request: Request) -> str | Response | None:
        path = request.path
        page = 1
        root = path
        if m := _PAGED.match(path):
            root, page = m.group("root"), int(m.group("n"))
            if page < 2:
                return redirect(base_url(request) + root, 301)
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)/", root):
            slug = m.group(1)
            if slug not in CATS:
                return None
            name = CATS[slug][1]
            return _archive(request, root, name, newest(slug), page, name, f"category category-{slug}", active=root)
        if m := re.fullmatch(r"/tag/([a-z0-9-]+)/", root):
            slug = m.group(1)
            items = [s for s in newest() if slug in s.opts["tags"]]
            if not items:
                return None
            return _archive(request, root, f"Thẻ: {TAGS[slug]}", items, page, f"Thẻ: {TAGS[slug]}", f"tag tag-{slug}")
        if m := re.fullmatch(r"/author/([a-z0-9-]+)/", root):
            acc = m.group(1)
            if acc not in ACCOUNTS:
                return None
            items = [s for s in newest() if s.opts["by"] == acc]
            name = ACCOUNTS[acc][1]
            return _archive(request, root, f"Tác giả: {name}", items, page, name, f"author author-{acc}")
        if m := re.fullmatch(r"/(\d{4})/(\d{2})/", root):
            items = [s for s in newest() if s.opts["at"][:7] == f"{m.group(1)}-{m.group(2)}"]
            if not items:
                return None
            label = f"Tháng {int(m.group(2))} {m.group(1)}"
            return _archive(request, root, f"Tháng: {label}", items, page, label, "date")
        if page > 1:
            return None
        statics = {
            "/gioi-thieu/": _gioi_thieu,
            "/lien-he/": _lien_he,
            "/doi-ngu-giao-vien/": _doi_ngu,
            "/thoi-khoa-bieu/": _tkb,
        }
        if path in statics:
            return statics[path](request)
        if m := re.fullmatch(r"/([a-z0-9-]+)/", path):
            story = _BY_SLUG.get(m.group(1))
            if story is None:
                return None
            if "amp" in request.params:
                return _amp(story, request)
            return _article(story, request)
        if m := re.fullmatch(r"/([a-z0-9-]+)/feed/", path):
            story = _BY_SLUG.get(m.group(1))
            return _comment_feed(request, story) if story else None
        if m := re.fullmatch(r"/([a-z0-9-]+)/([a-z0-9-]+)/", path):
            story = _BY_SLUG.get(m.group(1))
            if story:
                for att, img in _attachments(story):
                    if att == m.group(2):
                        return _attachment_page(request, story, att, img)
        return None


def build_site() -> WordPressAstra:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return WordPressAstra()
