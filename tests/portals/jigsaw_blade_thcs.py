"""Trường THCS Lê Quý Đôn, thành phố Bắc Ninh: a Jigsaw (Tighten) blog built by a teacher.

Platform: Jigsaw, Tighten's static site generator (Blade layouts, Markdown posts rendered by
ParsedownExtra, Tailwind utility classes, a Vue search box), started from the
``jigsaw-blog-template`` starter and deployed as static files on a GitHub-Pages-like host.

URL scheme (the host's own rules for a folder of ``index.html`` files):
- ``/``                               home: the featured post, then the four newest others;
- ``/blog/`` and ``/blog/page/<N>/``  the blog list, 4 posts a page (pages 2–4);
- ``/blog/categories/<slug>/``        a category: its description, its 4 newest posts, "Xem tất cả";
- ``/blog/<slug>/``                   a post;
- ``/<slug>/``                        plain pages (Giới thiệu, Đội ngũ, Thư viện ảnh, Văn bản, Liên hệ);
- ``/blog/feed.atom``, ``/index.json`` the Atom feed and the search index the Vue box loads;
- a folder's URL without its slash (``/blog/<slug>``, ``/blog/page/2``) answers 301 to the slash
  form; ``<folder>/index.html`` serves the same file (200), as a static host does.

Templates: ``_layouts/main`` (top bar with the date, ``<header>`` whose ``<h1>`` is the SITE
NAME, desktop menu with drop-downs and a duplicated mobile menu, ``<main>`` with a sidebar,
footer with the build stamp); ``_layouts/post`` (cover image, ``<h1>``, optional lead from the
``description`` front matter, byline ``<p>`` "author • F j, Y", category pills, the content
``<div … v-pre>``, share tools, "Bài viết khác"); ``blog`` / ``_categories`` lists built from
``_components/post-preview-inline``; ``_layouts/page`` for plain pages.

How each gold article is reached: the home page links the featured post (#5) and the four newest
(#1–#4); ``/blog/`` and its pages 2–4 link all thirteen (the oldest, "Ngày hội đọc sách mùa thu",
only from ``/blog/page/4/``, as the Tin tức category shows its four newest only); the category
pages (menu drop-down) link the four newest of each; every post links the three newest posts
("Bài viết khác"); #7's text links #12 by its ``index.html`` form; the sidebar portlet links #1.

Traps
1. Utility-class markup only: no "content", "entry" or "article" class anywhere. The text is the
   ``<div class="border-b border-blue-200 mb-10 pb-4" v-pre>`` after the byline; the share row,
   "Bài viết khác" and the sidebar that follow it are in equally anonymous ``div``s. Gold body: the
   content div only.
2. Two ``<h1>`` on every post: the layout's header prints the site name ("Trường THCS Lê Quý
   Đôn") as ``<h1>``, before the post's own ``<h1>``. Gold title: the post's ``<h1>``; the
   ``<title>`` adds " | THCS Lê Quý Đôn", not part of the title.
3. The date is printed in English by PHP's ``date('F j, Y')`` ("November 20, 2026"), in the same
   ``<p>`` as the author, separated by "&nbsp;•&nbsp;" ("Cô Trần Thị Lan – Tổ Ngữ văn  •
   November 25, 2026"); the list pages print it the same way above each title. Gold: the day
   alone ("2026-11-25"), the byline part is the author.
4. Invented clock: ``article:published_time`` and the feed's ``<published>`` print
   ``date('c')`` of a date-only front matter, i.e. midnight UTC seen from Asia/Ho_Chi_Minh
   ("2026-11-25T07:00:00+07:00"). The page prints no time: gold is the day alone.
5. Build stamp: the footer of every page prints "Cập nhật lần cuối: 04/12/2026 21:15", the time
   the static site was generated, and the top bar prints today "Thứ Bảy, 05/12/2026": neither is a
   publication date (nor a "Cập nhật" of the post).
6. Honorifics and units in the author front matter: "Cô Nguyễn Thu Hà", "Thầy Đỗ Văn Quang – TPT
   Đội", "ThS. Vũ Đức Thắng – Tổ Toán – Tin". Gold: the name only; a unit alone ("Tổ Khoa học tự
   nhiên", "Liên đội THCS Lê Quý Đôn") is the author as printed; the config default "Ban biên tập"
   and the account "quantri" are nobody.
7. Category pills print the front-matter slug ("hoat-dong-doi"), upper-cased only by CSS; the
   section's name is the menu's/category page's ("Hoạt động Đội"). #7 is filed under two
   categories (pills "hoat-dong-doi", "tin-tuc"; listed on both category pages). Gold category:
   the name of the first pill's category.
8. Captions as Markdown writes them: an image and its caption on two lines with a hard break give
   ``<p><img …><br />\\n<em>caption</em></p>`` (the caption is inside the image's paragraph, after a
   ``<br>``); elsewhere the caption is the next paragraph, all ``<em>`` ("(…)" around it taken off);
   a next-paragraph "Ảnh: X" credits a photographer (caption None). ``alt`` ("IMG_2034",
   or a sentence) and ``title`` attributes are never printed: caption None.
9. The cover image (front matter ``cover_image``) is printed above the post's ``<h1>``, outside
   the content div, with alt "<title> cover image". Gold: it is the article's first photo,
   caption None. (On the home page the same file is the featured post's teaser: not an image of
   the home page, which is no article anyway.)
10. Three URL forms per post: links from ``getUrl()`` (lists, "Bài viết khác", canonical, og:url,
    feed, search index) print ``/blog/<slug>`` without the slash, which the host answers with 301
    to ``/blog/<slug>/``; a teacher's Markdown link uses ``/blog/<slug>/index.html`` (200, same
    file). Gold path: the slash form; both others are in ``alt_paths``.
11. The lead is the ``description`` front matter printed as ``<p class="text-xl … italic">``
    between ``<h1>`` and byline (posts that have one). Posts without one have the site's
    description in ``<meta name="description">`` and no lead: summary null. The list's excerpts
    (``getExcerpt``, cut at ~200 characters with "...") are no summary.
12. ParsedownExtra footnotes: ``<sup id="fnref1:1"><a … class="footnote-ref">1</a></sup>`` in the
    text and ``<div class="footnotes"><hr /><ol><li><p>note&#160;<a … class="footnote-backref">
    &#8617;</a></p></li></ol></div>`` after it. Gold: the bare number is not text, the notes are
    body paragraphs, the "↩" back-link is not.
13. An official notice pasted as HTML into the Markdown (#1): letterhead table, "THÔNG BÁO / Về
    việc …", "Nơi nhận" | signer table. Gold per house convention: date from the letterhead
    ("Bắc Ninh, ngày 02 tháng 12 năm 2026" -> 2026-12-02, not the byline's December 3), signer
    Nguyễn Thị Minh Hằng is the author, letterhead/kind/subject/closing not body.
14. A poem quoted in a blockquote with Markdown hard breaks: each ``<br />`` line is a paragraph.
    Tables (Markdown pipe tables, header row in ``<thead>``): each row one paragraph, " | ".
15. Chrome that looks like content: the home page's featured teaser (cover, date, title, excerpt,
    "Đọc tiếp"), "Bài viết khác" previews with ``<h2>`` titles under each post, a notice portlet
    in the sidebar, the visitor counter, a poll on Google Forms, and the HTML5 entities
    ``&LeftArrow;``/``&RightArrow;`` of the pager.

Gold decisions on ambiguous points
- canonical_path is the slash form ``/blog/<slug>/``: the printed canonical (no slash) only
  redirects there; the printed form is kept in ``alt_paths`` with the ``index.html`` form.
- A post in two categories belongs to the first in its front matter (the first pill).
- The cover image counts as the article's photo (it is the post's own picture, printed on the
  post's page), caption None.
- Closing lines "Tin, ảnh: X", "Tin: X – Ảnh: Y", "Ảnh: X", "Nguồn: X" are printed inside the content
  div (right-aligned ``<p>``): not body; they override the front-matter "Ban biên tập".
- Footnote notes are body (house convention), the "↩" back-links are not.
"""

from __future__ import annotations

import json
import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "jigsaw_blade_thcs"
PLATFORM = "Jigsaw (Tighten static site generator, Blade + Markdown, Tailwind)"
START_PATH = "/"

SITE_NAME = "Trường THCS Lê Quý Đôn"
SITE_SHORT = "THCS Lê Quý Đôn"
SITE_DESC = "Trang thông tin điện tử Trường THCS Lê Quý Đôn, thành phố Bắc Ninh, tỉnh Bắc Ninh."
TODAY_LINE = "Thứ Bảy, 05/12/2026"
BUILD_STAMP = "Cập nhật lần cuối: 04/12/2026 21:15"
MIX_ID = "3f9c1a7be20d4c58"

CATEGORIES = {
    "tin-tuc": ("Tin tức", "Tin tức về các hoạt động, sự kiện của nhà trường."),
    "hoat-dong-doi": ("Hoạt động Đội", "Hoạt động của Liên đội THCS Lê Quý Đôn và các chi đội."),
    "chuyen-mon": ("Chuyên môn", "Hoạt động chuyên môn của các tổ, nhóm bộ môn."),
    "thong-bao": ("Thông báo", "Thông báo của nhà trường gửi cha mẹ học sinh và học sinh."),
}
CATEGORY_TAKE = 4
PER_PAGE = 4

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def _img(slug: str, name: str) -> str:
    return f"/assets/img/posts/{slug}/{name}"


# --- the thirteen posts, newest first ----------------------------------------------------------

S1 = "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i"
S2 = "ngoai-khoa-phong-chay-chua-chay"
S3 = "hoc-sinh-dat-27-giai-hsg-cap-thanh-pho"
S4 = "ngoai-khoa-van-hoc-mua-dong-va-nhung-van-tho"
S5 = "le-ky-niem-44-nam-ngay-nha-giao-viet-nam"
S6 = "hoi-thi-giao-vien-day-gioi-cap-truong"
S7 = "lien-doi-thu-gom-giay-vun-lam-ke-hoach-nho"
S8 = "chuyen-de-stem-lop-8-xe-nang-luong-mat-troi"
S9 = "hoi-khoe-phu-dong-cap-truong-2026"
S10 = "tap-huan-chuyen-doi-so-va-ung-dung-ai"
S11 = "hop-cha-me-hoc-sinh-giua-hoc-ky-i"
S12 = "dai-hoi-lien-doi-nhiem-ky-2026-2027"
S13 = "ngay-hoi-doc-sach-mua-thu"

_LETTERHEAD = (
    '<table class="w-full text-center text-sm mb-4">\n<tr>\n'
    "<td><strong>UBND THÀNH PHỐ BẮC NINH</strong><br>\nTRƯỜNG THCS LÊ QUÝ ĐÔN</td>\n"
    "<td><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>\n"
    "<u>Độc lập - Tự do - Hạnh phúc</u></td>\n</tr>\n<tr>\n"
    "<td>Số: 215/TB-THCSLQĐ</td>\n"
    "<td><em>Bắc Ninh, ngày 02 tháng 12 năm 2026</em></td>\n</tr>\n</table>\n"
    '<p align="center"><strong>THÔNG BÁO</strong><br>\n'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
)
_CLOSING = (
    '<table class="w-full text-sm mt-6">\n<tr>\n'
    '<td class="align-top"><em><strong>Nơi nhận:</strong></em><br>\n- Như trên;<br>\n'
    "- Website trường;<br>\n- Lưu: VT.</td>\n"
    '<td class="text-center align-top"><strong>HIỆU TRƯỞNG</strong><br>\n<br>\n(đã ký)<br>\n<br>\n'
    "<strong>Nguyễn Thị Minh Hằng</strong></td>\n</tr>\n</table>"
)


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


STORIES: list[Story] = [
    Story(
        1, S1, "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027", "thong-bao", "2026-12-02",
        [
            Raw(_LETTERHEAD),
            P("Căn cứ kế hoạch giáo dục năm học 2026 - 2027 của nhà trường, Trường THCS Lê Quý Đôn "
              "thông báo lịch kiểm tra cuối học kỳ I đối với học sinh các khối 6, 7, 8, 9 như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("16/12/2026 | Sáng | Toán | 90 phút", "row"),
            P("17/12/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
            P("18/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "row"),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh "
              "và đồ dùng học tập cần thiết.", "li"),
            P("Giáo viên chủ nhiệm thông báo lịch tới cha mẹ học sinh qua sổ liên lạc điện tử.", "li"),
            P("👉 Các môn đánh giá bằng nhận xét kiểm tra theo lịch riêng của từng tổ chuyên môn."),
            Raw(_CLOSING),
        ],
        authors=["Nguyễn Thị Minh Hằng"],
        opts={"cats": ["thong-bao"], "author": "Ban biên tập", "date": "2026-12-03"},
    ),
    Story(
        2, S2, "Ngoại khóa kỹ năng phòng cháy, chữa cháy cho học sinh khối 7", "hoat-dong-doi",
        "2026-12-01",
        [
            Img(_img(S2, "cover.jpg"), None, None, "cover"),
            P("Sáng 30/11, Liên đội THCS Lê Quý Đôn phối hợp với Đội Cảnh sát PCCC và CNCH Công an "
              "thành phố Bắc Ninh tổ chức buổi ngoại khóa kỹ năng phòng cháy, chữa cháy cho gần "
              "400 học sinh khối 7."),
            P("Tại buổi ngoại khóa, các chiến sĩ cảnh sát đã hướng dẫn học sinh cách nhận biết "
              "nguy cơ cháy nổ trong gia đình và trường học, cách gọi điện báo cháy tới số 114 và "
              "cách thoát nạn khi có khói."),
            Img(_img(S2, "IMG_2034.jpg"), "(Học sinh thực hành sử dụng bình chữa cháy)",
                "Học sinh thực hành sử dụng bình chữa cháy", "em-next"),
            P("Nhiều em đã xung phong lên thực hành dập đám cháy giả định bằng bình bột và chăn "
              "ướt dưới sự hướng dẫn của cán bộ chiến sĩ."),
            P("Buổi ngoại khóa giúp học sinh trang bị kỹ năng cần thiết để bảo vệ bản thân và "
              "người thân khi không may xảy ra sự cố."),
            _right("<em>Ảnh: Lê Minh Tú</em>"),
        ],
        authors=["Đỗ Văn Quang"], photographers=["Lê Minh Tú"],
        opts={"cats": ["hoat-dong-doi"], "author": "Thầy Đỗ Văn Quang – TPT Đội",
              "cover": _img(S2, "cover.jpg")},
    ),
    Story(
        3, S3, "Học sinh đạt 27 giải trong kỳ thi học sinh giỏi cấp thành phố", "tin-tuc", "2026-11-28",
        [
            P("Kỳ thi học sinh giỏi các môn văn hóa lớp 9 cấp thành phố năm học 2026 - 2027 diễn ra "
              "ngày 21 và 22/11 với hơn 900 thí sinh dự thi."),
            P("Đội tuyển của trường đạt 5 giải Nhất, 9 giải Nhì, 8 giải Ba và 5 giải Khuyến khích, "
              "trong đó môn Toán và môn Tiếng Anh có 100% học sinh dự thi đạt giải."),
            Img(_img(S3, "khen-thuong.jpg"), "Thầy cô giáo chúc mừng các em học sinh đoạt giải",
                "Thầy cô giáo chúc mừng các em học sinh đoạt giải", "br-em"),
            P("Các em đạt giải sẽ tiếp tục được bồi dưỡng để tham dự kỳ thi học sinh giỏi cấp tỉnh "
              "vào tháng 3/2027."),
        ],
        authors=["Nguyễn Thu Hà"],
        summary="Năm nay nhà trường có 27 học sinh đạt giải, dẫn đầu khối THCS của thành phố về "
                "số giải Nhất.",
        sapo_outside=True,
        opts={"cats": ["tin-tuc"], "author": "Cô Nguyễn Thu Hà"},
    ),
    Story(
        4, S4, "Ngoại khóa Văn học: “Mùa đông và những vần thơ”", "chuyen-mon", "2026-11-25",
        [
            P("Chiều 24/11, Tổ Ngữ văn tổ chức buổi ngoại khóa “Mùa đông và những vần thơ” dành "
              "cho học sinh khối 8 và khối 9.", "fncall:khối 9|1"),
            P("Mở đầu chương trình, em Nguyễn Khánh Linh lớp 9A ngâm đoạn thơ quen thuộc:"),
            P("Mùa đông năm ấy, bếp lửa hồng", "q"),
            P("Bà nhóm lên giữa sương sớm mênh mông", "qbr"),
            P("Cháu ngồi nghe chuyện ngày xưa cũ", "qbr"),
            P("Các tiết mục sân khấu hóa tác phẩm văn học được các chi đội dàn dựng công phu, "
              "nhận được nhiều tràng pháo tay của khán giả."),
            P("Những điều đọng lại", "h2"),
            P("Cô Trần Thị Lan, tổ trưởng tổ Ngữ văn chia sẻ: ngoại khóa giúp các em thêm yêu thơ "
              "và mạnh dạn thể hiện bản thân trước tập thể."),
            P("Chương trình là hoạt động trải nghiệm theo chủ đề của Chương trình GDPT 2018 ở môn "
              "Ngữ văn.", "fn"),
        ],
        authors=["Trần Thị Lan"],
        opts={"cats": ["chuyen-mon"], "author": "Cô Trần Thị Lan – Tổ Ngữ văn"},
    ),
    Story(
        5, S5, "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026", "tin-tuc", "2026-11-20",
        [
            Img(_img(S5, "cover.jpg"), None, None, "cover"),
            P("Sáng 20/11/2026, Trường THCS Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
              "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."),
            P("Tới dự buổi lễ có đại diện lãnh đạo Phòng GD&ĐT thành phố Bắc Ninh, lãnh đạo phường "
              "Suối Hoa, Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo nhà trường."),
            Img(_img(S5, "IMG_5521.jpg"),
                "Cô giáo Nguyễn Thị Minh Hằng, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "Cô giáo Nguyễn Thị Minh Hằng, Hiệu trưởng nhà trường phát biểu tại buổi lễ", "br-em"),
            P("Phát biểu tại buổi lễ, cô giáo Nguyễn Thị Minh Hằng ôn lại truyền thống vẻ vang của "
              "ngành Giáo dục và những thành tích nổi bật của nhà trường trong năm học vừa qua."),
            P("Nhân dịp này, 12 thầy cô giáo được tặng Giấy khen của Chủ tịch UBND thành phố vì đã "
              "có thành tích xuất sắc trong công tác giảng dạy."),
            Img(_img(S5, "IMG_5560.jpg"), "Tiết mục văn nghệ chào mừng của học sinh lớp 8A",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8A", "br-em"),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các lớp biểu diễn."),
            _right("<strong>Tin, ảnh: Phạm Hoàng Yến</strong>"),
        ],
        authors=["Phạm Hoàng Yến"], photographers=["Phạm Hoàng Yến"],
        summary="Hòa chung không khí cả nước, thầy và trò nhà trường tổ chức trang trọng lễ kỷ "
                "niệm 44 năm Ngày Nhà giáo Việt Nam.",
        sapo_outside=True,
        opts={"cats": ["tin-tuc"], "author": "Ban biên tập", "cover": _img(S5, "cover.jpg"),
              "featured": True},
    ),
    Story(
        6, S6, "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027", "chuyen-mon", "2026-11-12",
        [
            P("Từ ngày 02/11 đến ngày 11/11, nhà trường tổ chức Hội thi giáo viên dạy giỏi cấp "
              "trường với 18 giáo viên tham gia ở 9 môn học."),
            P("Mỗi giáo viên dự thi thực hiện hai tiết dạy trên lớp và trình bày một biện pháp nâng "
              "cao chất lượng giảng dạy trước Ban giám khảo."),
            Img(_img(S6, "tiet-day-van-7.jpg"), None, None, "alt"),
            P("Kết quả, 15 giáo viên được công nhận giáo viên dạy giỏi cấp trường, 6 giáo viên được "
              "chọn tham dự hội thi cấp thành phố."),
            P("Kết quả cụ thể:", ""),
            P("Tổ Khoa học tự nhiên: 6 giáo viên đạt, 3 giáo viên dự thi cấp thành phố.", "li"),
            P("Tổ Xã hội: 9 giáo viên đạt, 3 giáo viên dự thi cấp thành phố.", "li"),
        ],
        authors=["Tổ Khoa học tự nhiên"],
        opts={"cats": ["chuyen-mon"], "author": "Tổ Khoa học tự nhiên"},
    ),
    Story(
        7, S7, "Liên đội thu gom giấy vụn làm Kế hoạch nhỏ", "hoat-dong-doi", "2026-11-05",
        [
            P("Hưởng ứng phong trào “Kế hoạch nhỏ”, trong tuần từ 02 đến 04/11 các chi đội đã thu "
              "gom được hơn 2,5 tấn giấy vụn.", "strong"),
            P("Số tiền thu được từ phong trào sẽ được dùng để mua áo ấm tặng học sinh có hoàn cảnh "
              "khó khăn trước mùa đông."),
            P("Kết quả của đợt thu gom trước đã được công bố tại Đại hội Liên đội nhiệm kỳ 2026 – "
              "2027.", "link12"),
            P("Chi đội | Khối lượng (kg) | Xếp loại", "th"),
            P("9A | 312 | Nhất", "row"),
            P("8C | 285 | Nhì", "row"),
            P("7B | 240 | Ba", "row"),
            P("📌 Lưu ý: chi đội nào chưa nộp đủ chỉ tiêu nộp bổ sung trước thứ Sáu tuần sau.",
              "callout"),
        ],
        summary="Hưởng ứng phong trào “Kế hoạch nhỏ”, trong tuần từ 02 đến 04/11 các chi đội đã "
                "thu gom được hơn 2,5 tấn giấy vụn.",
        opts={"cats": ["hoat-dong-doi", "tin-tuc"], "author": "quantri"},
    ),
    Story(
        8, S8, "Chuyên đề STEM lớp 8: Chế tạo xe chạy bằng năng lượng mặt trời", "chuyen-mon",
        "2026-10-30",
        [
            P("Chuyên đề được Tổ Toán – Tin phối hợp với Tổ Khoa học tự nhiên thực hiện trong 4 tuần, "
              "gắn với nội dung về năng lượng và chuyển hóa năng lượng."),
            Img(_img(S8, "xe-mat-troi.jpg"), "Ảnh: Vũ Đức Thắng", None, "em-next"),
            P("Các nhóm học sinh trình bày bản thiết kế, giải thích nguyên lý hoạt động và thi chạy "
              "xe trên sân trường."),
            P("Nhóm 3 lớp 8B giành giải Nhất với chiếc xe đi được 25 mét trong 40 giây."),
        ],
        authors=["Vũ Đức Thắng"], photographers=["Vũ Đức Thắng"],
        summary="Học sinh lớp 8 tự thiết kế, lắp ráp và chạy thử những chiếc xe mô hình dùng pin "
                "năng lượng mặt trời.",
        sapo_outside=True,
        opts={"cats": ["chuyen-mon"], "author": "ThS. Vũ Đức Thắng – Tổ Toán – Tin"},
    ),
    Story(
        9, S9, "Hội khỏe Phù Đổng cấp trường năm 2026", "hoat-dong-doi", "2026-10-22",
        [
            Img(_img(S9, "cover.jpg"), None, None, "cover"),
            P("Trong hai ngày 20 và 21/10, Hội khỏe Phù Đổng cấp trường đã diễn ra sôi nổi với các "
              "môn bóng đá, cầu lông, kéo co và nhảy dây."),
            Img(_img(S9, "keo-co.jpg"), "Phần thi kéo co của khối 9", "Phần thi kéo co của khối 9",
                "br-em"),
            P("Hơn 600 học sinh đã tham gia thi đấu với tinh thần đoàn kết, trung thực và cao thượng."),
            P("Ban tổ chức đã trao 36 bộ huy chương cho các vận động viên xuất sắc và chọn đội tuyển "
              "tham dự Hội khỏe Phù Đổng cấp thành phố."),
            _right("<em>Tin: Đỗ Văn Quang – Ảnh: Ngô Thanh Bình</em>"),
        ],
        authors=["Đỗ Văn Quang"], photographers=["Ngô Thanh Bình"],
        opts={"cats": ["hoat-dong-doi"], "author": "Ban biên tập", "cover": _img(S9, "cover.jpg")},
    ),
    Story(
        10, S10, "Tập huấn chuyển đổi số & ứng dụng AI trong dạy học", "tin-tuc", "2026-10-19",
        [
            P("Ngày 17/10, nhà trường tổ chức buổi tập huấn về chuyển đổi số và ứng dụng trí tuệ "
              "nhân tạo (AI) trong dạy học cho toàn thể giáo viên."),
            P("Giáo viên được hướng dẫn sử dụng kho học liệu số của ngành, phần mềm quản lý học "
              "bạ số và một số công cụ AI hỗ trợ soạn bài."),
            Img(_img(S10, "IMG_6102.jpg"), None, None, "title"),
            P("Sau buổi tập huấn, mỗi tổ chuyên môn xây dựng ít nhất hai bài giảng điện tử có ứng "
              "dụng công cụ số trong học kỳ I."),
        ],
        authors=["Hoàng Thị Mai Anh"],
        opts={"cats": ["tin-tuc"], "author": "Cô Hoàng Thị Mai Anh"},
    ),
    Story(
        11, S11, "Họp cha mẹ học sinh giữa học kỳ I", "thong-bao", "2026-10-15",
        [
            P("Theo kế hoạch năm học, nhà trường tổ chức họp cha mẹ học sinh giữa học kỳ I vào "
              "sáng Chủ nhật ngày 25/10/2026."),
            P("Khối | Thời gian | Địa điểm", "th"),
            P("Khối 6, 7 | 7h30 | Phòng học các lớp", "row"),
            P("Khối 8, 9 | 9h30 | Phòng học các lớp", "row"),
            P("Nội dung cuộc họp:", "h3"),
            P("Thông báo kết quả học tập, rèn luyện giữa học kỳ I của học sinh.", "ol"),
            P("Trao đổi về công tác phối hợp giữa gia đình và nhà trường.", "ol"),
            P("Kính mong quý cha mẹ học sinh sắp xếp thời gian tham dự đầy đủ."),
        ],
        opts={"cats": ["thong-bao"], "author": "Ban biên tập"},
    ),
    Story(
        12, S12, "Đại hội Liên đội nhiệm kỳ 2026 – 2027", "hoat-dong-doi", "2026-10-08",
        [
            Img(_img(S12, "cover.jpg"), None, None, "cover"),
            P("Chiều 07/10, Liên đội THCS Lê Quý Đôn tổ chức Đại hội Liên đội nhiệm kỳ 2026 – 2027 "
              "với sự tham dự của 120 đại biểu là chỉ huy các chi đội."),
            P("Đại hội đã tổng kết công tác Đội năm học 2025 – 2026, trong đó đợt thu gom giấy vụn "
              "cuối năm học đạt 2,1 tấn."),
            Img(_img(S12, "bch-lien-doi.jpg"), "(Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội)",
                "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội", "em-next"),
            P("Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ mới gồm 11 đội viên; em Trần Bảo Ngọc "
              "lớp 9A được bầu làm Liên đội trưởng."),
        ],
        authors=["Liên đội THCS Lê Quý Đôn"],
        opts={"cats": ["hoat-dong-doi"], "author": "Liên đội THCS Lê Quý Đôn",
              "cover": _img(S12, "cover.jpg")},
    ),
    Story(
        13, S13, "Ngày hội đọc sách mùa thu", "tin-tuc", "2026-10-03",
        [
            P("Ngày hội đọc sách mùa thu của Trường THCS Lê Quý Đôn thu hút hàng trăm học sinh "
              "tham gia với nhiều hoạt động hấp dẫn."),
            P("Thư viện nhà trường trưng bày hơn 2.000 đầu sách thuộc nhiều lĩnh vực, tổ chức "
              "cuộc thi giới thiệu sách và vẽ tranh theo tác phẩm văn học."),
            Img(_img(S13, "thu-vien.jpg"), None, None, "alt"),
            P("Ngày hội góp phần xây dựng văn hóa đọc trong nhà trường, khuyến khích học sinh hình "
              "thành thói quen đọc sách mỗi ngày."),
            _right("<em>Nguồn: Báo Bắc Ninh điện tử</em>"),
        ],
        source="Báo Bắc Ninh điện tử",
        opts={"cats": ["tin-tuc"], "author": "Ban biên tập"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
ALTS = {
    "tiet-day-van-7.jpg": "Cô Lan dạy tiết Ngữ văn lớp 7",
    "thu-vien.jpg": "IMG_2041",
    "IMG_6102.jpg": "IMG_6102",
}
TITLES = {"IMG_6102.jpg": "Giáo viên thực hành trên phần mềm quản lý học bạ số"}


def _post_day(story: Story) -> str:
    """The front matter's date (what the byline prints), not always the gold date."""
    return story.opts.get("date") or story.published_at


def _english(day: str) -> str:
    y, m, d = (int(x) for x in day.split("-"))
    return f"{MONTHS[m - 1]} {d}, {y}"


def _url(path: str) -> str:
    """Jigsaw's getPath(): the folder without its slash."""
    return path.rstrip("/") or "/"


def post_path(story: Story) -> str:
    return f"/blog/{story.slug}/"


# --- content rendering (what ParsedownExtra makes of the Markdown) -----------------------------


def _cells(text: str, tag: str) -> str:
    return "".join(f"<{tag}>{esc(c)}</{tag}>" for c in text.split(" | "))


def _image(img: Img) -> str:
    name = img.src.rsplit("/", 1)[-1]
    alt = ALTS.get(name, name.rsplit(".", 1)[0])
    title = f' title="{esc(TITLES[name])}"' if name in TITLES else ""
    return f'<img src="{esc(img.src)}" alt="{esc(alt)}"{title} />'


def render_content(story: Story) -> str:
    out: list[str] = []
    notes: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "cover")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "br-em":
                out.append(f"<p>{_image(b)}<br />\n<em>{esc(b.printed or '')}</em></p>")
            elif b.style == "em-next":
                out.append(f"<p>{_image(b)}</p>\n<p><em>{esc(b.printed or '')}</em></p>")
            else:
                out.append(f"<p>{_image(b)}</p>")
        else:
            st = b.style
            if st in ("li", "ol", "th", "row", "q"):
                group = [b]
                follow = {"li": ("li",), "ol": ("ol",), "th": ("row",), "row": ("row",),
                          "q": ("qbr",)}[st]
                while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style in follow:
                    i += 1
                    group.append(blocks[i])
                if st in ("li", "ol"):
                    tag = "ul" if st == "li" else "ol"
                    items = "\n".join(f"<li>{esc(g.text)}</li>" for g in group)
                    out.append(f"<{tag}>\n{items}\n</{tag}>")
                elif st == "q":
                    lines = "<br />\n".join(esc(g.text) for g in group)
                    out.append(f"<blockquote>\n<p>{lines}</p>\n</blockquote>")
                else:
                    head = ""
                    rows = group
                    if st == "th":
                        head = f"<thead>\n<tr>{_cells(group[0].text, 'th')}</tr>\n</thead>\n"
                        rows = group[1:]
                    body = "\n".join(f"<tr>{_cells(g.text, 'td')}</tr>" for g in rows)
                    out.append(f"<table>\n{head}<tbody>\n{body}\n</tbody>\n</table>")
            elif st in ("h2", "h3"):
                out.append(f"<{st}>{esc(b.text)}</{st}>")
            elif st == "strong":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            elif st == "callout":
                out.append(
                    '<div class="bg-yellow-100 border-l-4 border-yellow-500 text-yellow-900 p-4 my-6">'
                    f"{esc(b.text)}</div>"
                )
            elif st == "fn":
                notes.append(b.text)
            elif st.startswith("fncall:"):
                anchor, n = st.removeprefix("fncall:").split("|")
                t = esc(b.text)
                call = (f'<sup id="fnref1:{n}"><a href="#fn1:{n}" class="footnote-ref">{n}</a></sup>')
                out.append(f"<p>{t.replace(esc(anchor), esc(anchor) + call, 1)}</p>")
            elif st == "link12":
                t = esc(b.text)
                label = "Đại hội Liên đội nhiệm kỳ 2026 – 2027"
                link = f'<a href="/blog/{S12}/index.html">{esc(label)}</a>'
                out.append(f"<p>{t.replace(esc(label), link, 1)}</p>")
            else:
                out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    if notes:
        items = "\n".join(
            f'<li id="fn1:{k}">\n<p>{esc(t)}&#160;<a href="#fnref1:{k}" rev="footnote" '
            f'class="footnote-backref">&#8617;</a></p>\n</li>'
            for k, t in enumerate(notes, 1)
        )
        out.append(f'<div class="footnotes">\n<hr />\n<ol>\n{items}\n</ol>\n</div>')
    return "\n".join(out)


def excerpt(story: Story, length: int = 200) -> str:
    """Jigsaw's getExcerpt(): the content's text, cut at a word near ``length`` characters."""
    texts = [b.text for b in story.blocks if isinstance(b, P) and b.style not in ("fn", "th", "row")]
    flat = " ".join(texts)
    if len(flat) <= length:
        return flat
    return flat[:length].rsplit(" ", 1)[0] + "..."


# --- chrome ----------------------------------------------------------------------------------


def _menu() -> str:
    cats = "".join(
        f'<a href="/blog/categories/{slug}/" class="block px-4 py-2 hover:bg-blue-100">{esc(name)}</a>'
        for slug, (name, _) in CATEGORIES.items()
    )
    desk = (
        '<nav class="hidden lg:flex items-center justify-end text-lg">\n'
        '<a title="Trang chủ" href="/" class="ml-6 text-gray-700 hover:text-blue-600">Trang chủ</a>\n'
        '<div class="relative group ml-6"><a href="/gioi-thieu/" class="text-gray-700">Giới thiệu '
        '&#9662;</a><div class="absolute hidden group-hover:block bg-white shadow rounded w-56 z-10">'
        '<a href="/gioi-thieu/" class="block px-4 py-2">Giới thiệu chung</a>'
        '<a href="/doi-ngu-giao-vien/" class="block px-4 py-2">Đội ngũ giáo viên</a></div></div>\n'
        '<div class="relative group ml-6"><a href="/blog/" class="text-gray-700">Tin tức - Sự kiện '
        f'&#9662;</a><div class="absolute hidden group-hover:block bg-white shadow rounded w-56 z-10">'
        f"{cats}</div></div>\n"
        '<a href="/thu-vien-anh/" class="ml-6 text-gray-700">Thư viện ảnh</a>\n'
        '<a href="/van-ban/" class="ml-6 text-gray-700">Văn bản</a>\n'
        '<a href="/lien-he/" class="ml-6 text-gray-700">Liên hệ</a>\n</nav>'
    )
    items = [("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu"), ("/doi-ngu-giao-vien/", "Đội ngũ giáo viên"),
             ("/blog/", "Tin tức - Sự kiện")]
    items += [(f"/blog/categories/{s}/", n) for s, (n, _) in CATEGORIES.items()]
    items += [("/thu-vien-anh/", "Thư viện ảnh"), ("/van-ban/", "Văn bản"), ("/lien-he/", "Liên hệ")]
    mob = "\n".join(
        f'<li class="pl-4"><a title="{esc(n)}" href="{h}" class="nav-menu__item hover:text-blue-500">'
        f"{esc(n)}</a></li>"
        for h, n in items
    )
    mobile = (
        '<button class="flex justify-center items-center bg-blue-500 border border-blue-500 h-10 px-5 '
        'rounded-full lg:hidden focus:outline-none" onclick="navMenu.toggle()">'
        '<svg id="js-nav-menu-show" class="fill-current text-white h-9 w-4" viewBox="0 0 32 32">'
        '<path d="M4,10h24c1.104,0,2-0.896,2-2s-0.896-2-2-2H4C2.896,6,2,6.896,2,8S2.896,10,4,10z"/>'
        "</svg></button>\n"
        f'<nav id="js-nav-menu" class="nav-menu hidden lg:hidden">\n<ul class="my-0">\n{mob}\n</ul>\n</nav>'
    )
    return desk + "\n" + mobile


def _preview(story: Story, heading: str = "h2") -> str:
    """``_components/post-preview-inline``: date above the title, excerpt, "Đọc tiếp"."""
    url = _url(post_path(story))
    t = esc(story.title)
    return (
        '<div class="flex flex-col mb-4">\n'
        f'<p class="text-gray-700 font-medium my-2">{_english(_post_day(story))}</p>\n'
        f'<{heading} class="text-3xl mt-0"><a href="{url}" title="Read more - {t}" '
        f'class="text-gray-900 font-extrabold">{t}</a></{heading}>\n'
        f'<p class="mb-4 mt-0">{esc(excerpt(story))}</p>\n'
        f'<a href="{url}" title="Read more - {t}" class="uppercase font-semibold tracking-wide '
        'mb-2">Đọc tiếp</a>\n</div>'
    )


def _sidebar() -> str:
    most = "".join(
        f'<li class="mb-2"><a href="{post_path(BY_SLUG[s])}" class="text-blue-700">'
        f"{esc(BY_SLUG[s].title)}</a></li>"
        for s in (S5, S6, S9)
    )
    return (
        '<aside class="w-full lg:w-1/4 mt-12 lg:mt-0">\n'
        '<div class="bg-white rounded shadow p-4 mb-6"><h4 class="font-bold text-red-700 mb-2">'
        "Thông báo</h4>"
        f'<marquee direction="up" scrollamount="2" height="80"><a href="{post_path(STORIES[0])}">'
        "Lịch kiểm tra cuối học kỳ I năm học 2026-2027</a></marquee></div>\n"
        '<div class="bg-white rounded shadow p-4 mb-6"><h4 class="font-bold mb-2">Bài viết xem nhiều'
        f'</h4><ul class="list-disc pl-5 text-sm">{most}</ul></div>\n'
        '<div class="bg-white rounded shadow p-4 mb-6"><h4 class="font-bold mb-2">Liên kết</h4>'
        '<ul class="text-sm"><li><a href="https://sgddt.bacninh.gov.vn" target="_blank">Sở GD&amp;ĐT '
        'Bắc Ninh</a></li><li><a href="https://pgdbacninh.edu.vn" target="_blank">Phòng GD&amp;ĐT '
        'TP Bắc Ninh</a></li><li><a href="https://csdl.moet.gov.vn" target="_blank">CSDL ngành '
        "Giáo dục</a></li></ul></div>\n"
        '<div class="bg-white rounded shadow p-4 mb-6"><h4 class="font-bold mb-2">Thăm dò ý kiến</h4>'
        '<p class="text-sm">Bạn đánh giá thế nào về website của trường?</p>'
        '<a href="https://forms.gle/Lqd8nRk2bN" class="text-sm text-blue-700" target="_blank">'
        "Tham gia bình chọn &rarr;</a></div>\n"
        '<div class="bg-white rounded shadow p-4 text-sm"><h4 class="font-bold mb-2">Thống kê truy cập'
        '</h4><div id="histats_counter"><p>Đang online: <b>12</b></p><p>Hôm nay: <b>318</b></p>'
        "<p>Tổng truy cập: <b>254.913</b></p></div>"
        '<script src="https://s10.histats.com/js15_as.js" async></script></div>\n</aside>'
    )


def layout(request: Request, title: str, inner: str, *, meta: str = "", og_type: str = "website",
           path: str = "/") -> str:
    base = base_url(request)
    full = f"{title} | {SITE_SHORT}" if title != SITE_NAME else SITE_NAME
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="x-ua-compatible" content="ie=edge">
<meta name="description" content="{esc(meta or SITE_DESC)}">
<meta property="og:title" content="{esc(title)}"/>
<meta property="og:type" content="{og_type}" />
<meta property="og:url" content="{base}{_url(path)}"/>
<meta property="og:description" content="{esc(meta or SITE_DESC)}" />
<title>{esc(full)}</title>
<link rel="home" href="{base}">
<link rel="icon" href="/favicon.ico">
<link href="/blog/feed.atom" type="application/atom+xml" rel="alternate" title="{SITE_SHORT} Atom Feed">
<link rel="stylesheet" href="/assets/build/css/main.css?id={MIX_ID}">
</head>
<body class="flex flex-col justify-between min-h-screen bg-gray-100 text-gray-800 leading-normal font-sans">
<div class="bg-blue-900 text-blue-100 text-xs"><div class="container max-w-6xl mx-auto px-4 py-1 flex justify-between">
<span id="ngay-hom-nay">{TODAY_LINE}</span><span>Hotline: 0222 3822 416 · Email: c2lequydon.bn@bacninh.edu.vn</span>
</div></div>
<header class="flex items-center shadow bg-white border-b h-24 py-4" role="banner">
<div class="container flex items-center max-w-6xl mx-auto px-4 lg:px-8">
<div class="flex items-center">
<a href="/" title="{SITE_SHORT} home" class="inline-flex items-center">
<img class="h-8 md:h-10 mr-3" src="/assets/img/logo.png" alt="{SITE_SHORT} logo" />
<h1 class="text-lg md:text-2xl text-blue-800 font-semibold hover:text-blue-600 my-0">{SITE_NAME}</h1>
</a>
</div>
<div id="vue-search" class="flex flex-1 justify-end items-center">
<search></search>
{_menu()}
</div>
</div>
</header>
<main role="main" class="flex-auto w-full container max-w-6xl mx-auto py-16 px-6">
<div class="flex flex-col lg:flex-row">
<div class="w-full lg:w-3/4 lg:pr-10">
{inner}
</div>
{_sidebar()}
</div>
</main>
<footer class="bg-white text-center text-sm mt-12 py-4" role="contentinfo">
<ul class="flex flex-col md:flex-row justify-center list-none">
<li class="md:mr-2">&copy; 2026 {SITE_NAME} – thành phố Bắc Ninh.</li>
<li class="md:mr-2">Địa chỉ: số 8 đường Lê Quý Đôn, phường Suối Hoa, TP Bắc Ninh · ĐT: 0222 3822 416</li>
<li>Built with <a href="http://jigsaw.tighten.co" title="Jigsaw by Tighten">Jigsaw</a>
and <a href="https://tailwindcss.com" title="Tailwind CSS, a utility-first CSS framework">Tailwind CSS</a>.</li>
</ul>
<p class="text-xs text-gray-500 mt-2">{BUILD_STAMP}</p>
</footer>
<script src="/assets/build/js/main.js?id={MIX_ID}"></script>
</body>
</html>"""


# --- pages ------------------------------------------------------------------------------------


def _others(story: Story) -> list[Story]:
    return [s for s in STORIES if s is not story][:3]


def post_page(request: Request, story: Story) -> str:
    base = base_url(request)
    path = post_path(story)
    parts: list[str] = []
    cover = story.opts.get("cover")
    if cover:
        parts.append(f'<img src="{cover}" alt="{esc(story.title)} cover image" class="mb-2">')
    parts.append(f'<h1 class="leading-none mb-2">{esc(story.title)}</h1>')
    if story.sapo_outside and story.summary:
        parts.append(f'<p class="text-xl text-gray-600 italic mt-0 mb-4">{esc(story.summary)}</p>')
    parts.append(
        f'<p class="text-gray-700 text-xl md:mt-0">{esc(story.opts["author"])} &nbsp;•&nbsp; '
        f"{_english(_post_day(story))}</p>"
    )
    pills = "\n".join(
        f'<a href="/blog/categories/{c}/" title="Xem bài viết trong {c}" class="inline-block bg-gray-300 '
        "hover:bg-blue-200 leading-loose tracking-wide text-gray-800 uppercase text-xs font-semibold "
        f'rounded mr-4 px-3 pt-px">{c}</a>'
        for c in story.opts["cats"]
    )
    parts.append(pills)
    parts.append(f'<div class="border-b border-blue-200 mb-10 pb-4" v-pre>\n{render_content(story)}\n</div>')
    share = f"{base}{_url(path)}"
    parts.append(
        '<div class="flex items-center text-sm mb-8"><span class="mr-2">Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share}" class="mr-3" target="_blank">'
        '<img src="/assets/img/icons/facebook.png" alt="Facebook" class="h-5 inline"></a>'
        f'<a href="https://zalo.me/share?u={share}" class="mr-3" target="_blank">'
        '<img src="/assets/img/icons/zalo.png" alt="Zalo" class="h-5 inline"></a>'
        '<a href="javascript:window.print()" class="mr-3">In bài</a></div>'
    )
    others = "\n".join(_preview(s, "h2") for s in _others(story))
    parts.append(f'<h3 class="text-2xl font-bold mt-10 mb-4">Bài viết khác</h3>\n{others}')
    meta = story.summary if story.sapo_outside else ""
    day = _post_day(story)
    head_extra = (
        f'<meta property="article:published_time" content="{day}T07:00:00+07:00" />\n'
        f'<link rel="canonical" href="{base}{_url(path)}">\n'
    )
    page = layout(request, story.title, "\n".join(parts), meta=meta or "", og_type="article", path=path)
    return page.replace("<title>", head_extra + "<title>", 1)


def _pager(current: int, pages: int) -> str:
    def href(n: int) -> str:
        return "/blog" if n == 1 else f"/blog/page/{n}"

    out = ['<nav class="flex text-base my-8">']
    if current > 1:
        out.append(f'<a href="{href(current - 1)}" title="Trang trước" class="bg-gray-200 '
                   'hover:bg-gray-400 rounded mr-3 px-5 py-3">&LeftArrow;</a>')
    for n in range(1, pages + 1):
        colour = "text-blue-600" if n == current else "text-blue-700"
        out.append(f'<a href="{href(n)}" title="Đến trang {n}" class="bg-gray-200 hover:bg-gray-400 '
                   f'{colour} rounded mr-3 px-5 py-3">{n}</a>')
    if current < pages:
        out.append(f'<a href="{href(current + 1)}" title="Trang sau" class="bg-gray-200 '
                   'hover:bg-gray-400 rounded mr-3 px-5 py-3">&RightArrow;</a>')
    out.append("</nav>")
    return "\n".join(out)


def blog_page(request: Request, n: int) -> str | None:
    pages = (len(STORIES) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= n <= pages:
        return None
    chunk = STORIES[(n - 1) * PER_PAGE : n * PER_PAGE]
    items = '\n<hr class="border-b my-6">\n'.join(_preview(s) for s in chunk)
    inner = (
        '<h1 class="mb-2">Tin tức - Sự kiện</h1>\n<hr class="border-b my-6">\n'
        f"{items}\n{_pager(n, pages)}"
    )
    path = "/blog/" if n == 1 else f"/blog/page/{n}/"
    return layout(request, "Tin tức - Sự kiện", inner, path=path)


def category_page(request: Request, slug: str) -> str | None:
    if slug not in CATEGORIES:
        return None
    name, desc = CATEGORIES[slug]
    posts = [s for s in STORIES if slug in s.opts["cats"]][:CATEGORY_TAKE]
    items = '\n<hr class="border-b my-6">\n'.join(_preview(s) for s in posts)
    inner = (
        f'<h1 class="mb-2">{esc(name)}</h1>\n'
        f'<div class="text-2xl border-b border-blue-200 mb-6 pb-10"><p>{esc(desc)}</p></div>\n'
        f"{items}\n"
        '<p class="mt-8"><a href="/blog/" class="uppercase font-semibold">Xem tất cả bài viết '
        "&rarr;</a></p>"
    )
    return layout(request, name, inner, path=f"/blog/categories/{slug}/")


def home_page(request: Request) -> str:
    featured = [s for s in STORIES if s.opts.get("featured")]
    rest = [s for s in STORIES if not s.opts.get("featured")][:4]
    feat = []
    for s in featured:
        url = _url(post_path(s))
        feat.append(
            '<div class="w-full mb-6">\n'
            f'<img src="{s.opts["cover"]}" alt="{esc(s.title)} cover image" class="mb-6">\n'
            f'<p class="text-gray-700 font-medium my-2">{_english(_post_day(s))}</p>\n'
            f'<h2 class="text-3xl mt-0"><a href="{url}" title="Read more - {esc(s.title)}" '
            f'class="text-gray-900 font-extrabold">{esc(s.title)}</a></h2>\n'
            f'<p class="mt-0 mb-4">{esc(excerpt(s))}</p>\n'
            f'<a href="{url}" title="Read more - {esc(s.title)}" class="uppercase tracking-wide mb-4">'
            "Đọc tiếp</a>\n</div>"
        )
    rows = []
    for k in range(0, len(rest), 2):
        cells = "".join(f'<div class="w-full md:w-1/2 md:mx-6">{_preview(s)}</div>' for s in rest[k : k + 2])
        rows.append(f'<div class="flex flex-col md:flex-row md:-mx-6">{cells}</div>')
    inner = (
        "\n".join(feat)
        + '\n<hr class="border-b my-6">\n<h2 class="text-2xl font-bold mb-4">Bài viết mới</h2>\n'
        + '\n<hr class="w-full border-b mt-2 mb-6">\n'.join(rows)
        + '\n<p class="mt-8"><a href="/blog/" class="uppercase font-semibold">Xem tất cả bài viết '
        "&rarr;</a></p>"
    )
    return layout(request, SITE_NAME, inner, path="/")


PLAIN_PAGES: dict[str, tuple[str, str]] = {
    "gioi-thieu": (
        "Giới thiệu chung",
        "<p>Trường THCS Lê Quý Đôn được thành lập năm 1996, là trường trọng điểm chất lượng cao của "
        "thành phố Bắc Ninh.</p>\n<p>Nhà trường hiện có 32 lớp với hơn 1.300 học sinh và 68 cán bộ, "
        "giáo viên, nhân viên.</p>\n<h2>Sứ mệnh</h2>\n<p>Xây dựng môi trường học tập thân thiện, "
        "chất lượng, giúp học sinh phát triển toàn diện.</p>",
    ),
    "doi-ngu-giao-vien": (
        "Đội ngũ giáo viên",
        "<table>\n<thead>\n<tr><th>Họ và tên</th><th>Chức vụ</th><th>Tổ</th></tr>\n</thead>\n<tbody>\n"
        "<tr><td>Nguyễn Thị Minh Hằng</td><td>Hiệu trưởng</td><td>Xã hội</td></tr>\n"
        "<tr><td>Vũ Đức Thắng</td><td>Tổ trưởng</td><td>Toán – Tin</td></tr>\n"
        "<tr><td>Trần Thị Lan</td><td>Tổ trưởng</td><td>Ngữ văn</td></tr>\n"
        "<tr><td>Đỗ Văn Quang</td><td>Tổng phụ trách Đội</td><td>Văn phòng</td></tr>\n"
        "</tbody>\n</table>",
    ),
    "thu-vien-anh": (
        "Thư viện ảnh",
        '<div class="grid grid-cols-2 md:grid-cols-3 gap-4">\n'
        + "\n".join(
            f'<figure><img src="/assets/img/album/{k:02d}.jpg" alt="Ảnh hoạt động {k}" class="rounded">'
            f'<figcaption class="text-sm text-center">{esc(c)}</figcaption></figure>'
            for k, c in enumerate(
                ["Khai giảng năm học 2026-2027", "Hội khỏe Phù Đổng", "Ngày hội đọc sách",
                 "Lễ kỷ niệm 20/11", "Đại hội Liên đội", "Ngoại khóa PCCC"], 1)
        )
        + "\n</div>",
    ),
    "van-ban": (
        "Văn bản",
        "<ul>\n"
        '<li><a href="/files/van-ban/ke-hoach-giao-duc-2026-2027.pdf">Kế hoạch giáo dục nhà trường '
        "năm học 2026 - 2027</a> (PDF)</li>\n"
        '<li><a href="/files/van-ban/quy-che-chi-tieu-noi-bo-2026.pdf">Quy chế chi tiêu nội bộ năm '
        "2026</a> (PDF)</li>\n"
        '<li><a href="/files/van-ban/cong-khai-chat-luong-2026.pdf">Công khai chất lượng giáo dục '
        "thực tế</a> (PDF)</li>\n</ul>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Trường THCS Lê Quý Đôn – số 8 đường Lê Quý Đôn, phường Suối Hoa, thành phố Bắc Ninh.</p>\n"
        "<p>Điện thoại: 0222 3822 416 – Email: c2lequydon.bn@bacninh.edu.vn</p>\n"
        '<form action="https://formspree.io/f/xlqdbn26" method="POST" class="mt-6">'
        '<input type="text" name="name" placeholder="Họ và tên" class="border p-2 w-full mb-2">'
        '<input type="email" name="email" placeholder="Email" class="border p-2 w-full mb-2">'
        '<textarea name="message" class="border p-2 w-full mb-2"></textarea>'
        '<button type="submit" class="bg-blue-600 text-white px-4 py-2">Gửi</button></form>\n'
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="100%" height="300" '
        'loading="lazy"></iframe>',
    ),
}


def plain_page(request: Request, slug: str) -> str | None:
    if slug not in PLAIN_PAGES:
        return None
    title, body = PLAIN_PAGES[slug]
    inner = f'<h1 class="mb-6">{esc(title)}</h1>\n<div class="mb-10">\n{body}\n</div>'
    return layout(request, title, inner, path=f"/{slug}/")


def feed(request: Request) -> Response:
    base = base_url(request)
    entries = "\n".join(
        f"""<entry>
<id>{base}{_url(post_path(s))}</id>
<link type="text/html" rel="alternate" href="{base}{_url(post_path(s))}" />
<title>{esc(s.title)}</title>
<published>{_post_day(s)}T07:00:00+07:00</published>
<updated>{_post_day(s)}T07:00:00+07:00</updated>
<author><name>{esc(s.opts["author"])}</name></author>
<summary type="html"><![CDATA[{esc(excerpt(s))}]]></summary>
</entry>"""
        for s in STORIES
    )
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>{SITE_NAME}</title>
<link href="{base}/blog/feed.atom" rel="self" type="application/atom+xml" />
<link href="{base}/" />
<updated>2026-12-04T21:15:00+07:00</updated>
<id>{base}/blog/feed.atom</id>
{entries}
</feed>"""
    return Response(200, xml.encode("utf-8"), {"Content-Type": "application/atom+xml; charset=utf-8"})


def search_index() -> Response:
    data = [
        {"title": s.title, "categories": ",".join(s.opts["cats"]), "link": _url(post_path(s)),
         "snippet": excerpt(s, 120)}
        for s in STORIES
    ]
    return Response(200, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                    {"Content-Type": "application/json"})


_BLOG_PAGE = re.compile(r"^/blog/page/(\d+)/$")
_CATEGORY = re.compile(r"^/blog/categories/([a-z0-9-]+)/$")
_POST = re.compile(r"^/blog/([a-z0-9-]+)/$")
_PLAIN = re.compile(r"^/([a-z0-9-]+)/$")


class JigsawSite:
    """The built ``build_production`` folder as a static host serves it."""

    def _folder(self, request: Request, path: str) -> str | None:
        """The page of a folder path ending in "/"; None if there is no such folder."""
        if path == "/":
            return home_page(request)
        if path == "/blog/":
            return blog_page(request, 1)
        if m := _BLOG_PAGE.match(path):
            n = int(m.group(1))
            return blog_page(request, n) if n >= 2 else None
        if m := _CATEGORY.match(path):
            return category_page(request, m.group(1))
        if m := _POST.match(path):
            story = BY_SLUG.get(m.group(1))
            return post_page(request, story) if story else None
        if m := _PLAIN.match(path):
            return plain_page(request, m.group(1))
        return None

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/blog/feed.atom":
            return feed(request)
        if path == "/index.json":
            return search_index()
        if path.startswith("/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith("/assets/") or path == "/favicon.ico":
            return static_file(path)
        if path.endswith("/index.html"):
            page = self._folder(request, path[: -len("index.html")])
            return html(page) if page is not None else None
        if path.endswith("/"):
            page = self._folder(request, path)
            return html(page) if page is not None else None
        if self._folder(request, path + "/") is not None:
            return redirect(base_url(request) + path + "/", 301)
        return None


def build_site() -> JigsawSite:
    return JigsawSite()


def _gold(story: Story) -> dict:
    path = post_path(story)
    return gold_record(
        story,
        path,
        CATEGORIES[story.opts["cats"][0]][0],
        canonical_path=path,
        alt_paths=[_url(path), path + "index.html"],
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu/", "/doi-ngu-giao-vien/", "/thu-vien-anh/", "/van-ban/", "/lien-he/"]
