"""Trường Mầm non Sơn Ca (quận Ninh Kiều, TP. Cần Thơ): a Bagisto 2 shop turned into a school site.

Platform
--------
Bagisto 2 (Laravel 10, Blade + Vue 3 components rendered on the server, Tailwind theme
"default"), set up by the parent-teacher association's web volunteer; news is written with the
Webkul *Blog* extension (TinyMCE content, ``short_description``, several categories per post,
tags, comments). The shop was never taken down: cart, account and compare icons in the header,
a newsletter form, "Sản phẩm gợi ý" (uniforms sold by the association) under each post, the
platform's default CMS pages (return/refund policy) in the footer.

URL scheme
----------
- ``/``                                 shop home: hero banner, "Tin mới từ trường" (3 latest posts)
- ``/blog`` and ``/blog?page=N``        all posts, 5 per page (Laravel paginator, absolute URLs)
- ``/blog/category/<slug>[?page=N]``    posts of a category, 4 per page
- ``/blog/tag/<slug>``                  posts of a tag (listing)
- ``/blog/<slug>``                      a post; ``/blog/<slug>?reply_to=<id>`` (comment "Trả lời"
                                        links) serves the same post with the reply form opened
- ``/page/<slug>``                      CMS pages (school intro, staff, gallery, menu, contact,
                                        the shop's leftover policy pages)
- ``/customer/login``, ``/customer/register``, ``/customer/account/wishlist`` (302 to login),
  ``/checkout/cart``, ``/search?term=``  shop remnants
- ``/storage/...``, ``/cache/...``, ``/themes/...``  images, styles, scripts

Page templates
--------------
Every page: top bar with today's date and hotline, Bagisto header (logo, product search form,
the volunteer's menu with drop-downs, icons), a mobile drawer repeating the menu (``lg:hidden``),
footer (address, phone, e-mail, newsletter form, policy links, copyright). Blog pages add a
sidebar (post search, categories with counts, "Bài viết xem nhiều", tags, visitor counter, poll).
A post: breadcrumb, ``<h1>``, meta line (author account, date as Carbon's English ``M d, Y``,
categories, comment count), optional ``short_description`` lead, featured image (lazy:
``data-src``), TinyMCE content in ``<div id="bv-noidung-<id>" class="blog-post-content ...">``,
tag line, share bar, comments, "Bài viết liên quan" cards, "Sản phẩm gợi ý" product cards.

How the gold articles are reached
---------------------------------
Home shows the 3 newest posts; ``/blog`` page 1 the 5 newest; posts 22–19 only on ``/blog``
pages 2–3 (links ``?page=2`` on page 1, ``?page=3`` only from page 2) and in category listings
(post 19 only on ``/blog?page=3`` and ``/blog/category/hoat-dong-cua-be?page=2``). The sidebar's
"Bài viết xem nhiều" links three posts everywhere; the notice bar on top links post 31.

Traps
-----
1. Shop chrome that looks like content: "Sản phẩm gợi ý" cards (name, price "245.000 ₫",
   "Thêm vào giỏ") right after each post and on the home page, cart/account/wishlist pages,
   Bagisto's leftover English CMS pages. Gold: none of it is an article or article text.
2. Comments under the post (parents' names, dates, text) are in the same card as the content
   and each has a "Trả lời" link ``/blog/<slug>?reply_to=<n>#frm-binh-luan`` that serves the
   whole post again (canonical points to the clean URL). Gold: comments are not body; the
   reply URLs are ``alt_paths`` of their post.
3. Dates: the post prints Carbon's English "Dec 01, 2026" (day only -> gold day only); the
   listing cards print the day computed from the UTC timestamp in the Vue props, so post 30
   (created 2026-11-30 18:40 UTC) shows "30/11/2026" in listings but "Dec 01, 2026" on its page
   -> gold "2026-12-01". Post 19 also prints "Cập nhật: Nov 30, 2026" -> gold is its "Oct 06".
   The official notice (post 31) is dated by its letterhead "ngày 02 tháng 12" while the blog
   meta says "Dec 03, 2026" -> gold "2026-12-02". Event dates inside the text are not dates.
4. Author account "Đăng bởi: admin" in the meta line is nobody; real bylines are typed at the
   end of the content: "Tin, ảnh: Cô Trần Thị Bích Ngọc - GV lớp Lá 1" (honorific "Cô" and the
   post dropped, author and photographer), "Tin: X - Ảnh: Y", a right-aligned unit "Tổ Cấp
   dưỡng", "Nguyễn Hoàng Phúc – Trưởng ban đại diện CMHS" (post dropped).
5. Text forms: post 25 was pasted from a Mac (NFD, combining tone marks), post 23 went through
   TinyMCE with ``entity_encoding: named`` (``&agrave;``, ``&#7899;``) -> gold NFC text.
   ``&nbsp;`` runs between words collapse.
6. Images: the featured image is lazy (``src`` = a placeholder ``.webp``, real path in
   ``data-src``) -> gold the real ``/storage/blog/...`` path, first image, no caption; TinyMCE
   content images use relative paths ``../../storage/tinymce/...`` -> resolved
   ``/storage/tinymce/...``; a caption line that only says "Ảnh: Lâm Quốc Huy" is no caption
   (a photographer); emoji drawn as ``<img alt="👉">`` at the start of a line are bullets (no
   text, not images); listing thumbnails (``/cache/medium/...``) are not article images.
7. Lead: ``short_description`` is printed as its own lead element on posts 27 and 29 (summary,
   first body paragraph); on other posts it only fills ``<meta name="description">`` and the
   listing cards (summary null). Post 24 opens with a bold lead paragraph inside the content
   (summary = that paragraph).
8. Boundaries inside the content: "Xem thêm: <link>" and "Tài liệu đính kèm: <file>.pdf"
   lines typed by the volunteer, a "Nguồn: ..." line (-> source), the letterhead table,
   "Nơi nhận" and signature block of the notice -> not body; a table (thực đơn) -> rows
   "cell | cell"; ``<br>`` splits a paragraph; list items are paragraphs.
9. Categories: a post may sit in several categories (post 27 is also listed under "Hoạt động
   của bé"); the meta line lists them all, the breadcrumb prints the default one -> gold the
   breadcrumb's. ``<title>`` is the SEO ``meta_title`` ("… | MN Sơn Ca"), not the headline;
   the ``<h1>`` carries Tailwind ``uppercase`` but its text is mixed case -> gold as written.
10. Pagination: ``/blog?page=1`` (the "« Trước" link on page 2) repeats ``/blog``; the home's
   "Tin mới" block also carries all posts as JSON in a Vue prop (not links).

Gold decisions on ambiguous points
----------------------------------
- The featured image shown above the content is the article's first photo (caption None).
- Honorifics "Cô"/"Thầy" before a name are titles and are dropped like degrees.
- The typed emoji "🎄 " in post 30's title is kept.
- CMS pages under ``/page/`` are not articles, even the long "Giới thiệu" page.
- Comments, tags, the "Danh mục:" list and the share bar are not article text.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
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

NAME = "bagisto_blog_mamnon"
PLATFORM = "Bagisto 2 (Laravel, Vue SSR, Tailwind) + Webkul Blog extension"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường Mầm non Sơn Ca"
PER_PAGE_BLOG = 5
PER_PAGE_CAT = 4

CATS = {
    "thong-bao": "Thông báo",
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-cua-be": "Hoạt động của bé",
    "goc-phu-huynh": "Góc phụ huynh",
}
TAGS = {
    "an-toan": "an toàn",
    "dinh-duong": "dinh dưỡng",
    "su-kien": "sự kiện",
}

ICT = timezone(timedelta(hours=7))


def _utc(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


BYLINE = '<p style="text-align: right;"><strong>{}</strong></p>'
IMG_DIR = "../../storage/tinymce"


STORIES: list[Story] = [
    Story(
        31,
        "thong-bao-lich-nghi-tet-duong-lich-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        "thong-bao",
        "2026-12-02",
        [
            Raw(
                '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody>'
                '<tr><td style="text-align: center; width: 45%;">UBND QUẬN NINH KIỀU<br>'
                "<strong>TRƯỜNG MẦM NON SƠN CA</strong></td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align: center;">Số: 112/TB-MNSC</td>'
                '<td style="text-align: center;"><em>Ninh Kiều, ngày 02 tháng 12 năm 2026</em></td></tr>'
                "</tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>'
            ),
            P(
                "Căn cứ Công văn số 2456/UBND-VHXH ngày 25/11/2026 của Ủy ban nhân dân quận Ninh Kiều "
                "về việc nghỉ Tết Dương lịch năm 2027;"
            ),
            P(
                "Trường Mầm non Sơn Ca thông báo đến quý phụ huynh lịch nghỉ Tết Dương lịch năm 2027 "
                "như sau:"
            ),
            P("1. Thời gian nghỉ: từ thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027.", "li"),
            P("2. Trẻ đi học lại bình thường vào thứ Hai ngày 04/01/2027.", "li"),
            P(
                "3. Trong thời gian nghỉ, bộ phận bảo vệ trực 24/24; phụ huynh cần liên hệ xin vui lòng "
                "gọi số 0292 3 812 456.",
                "li",
            ),
            P(
                "Nhà trường đề nghị quý phụ huynh quan tâm, chăm sóc và giữ an toàn cho trẻ trong những "
                "ngày nghỉ Tết."
            ),
            Raw(
                '<table style="width: 100%;" border="0"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
                "- Phụ huynh học sinh;<br>- Website trường;<br>- Lưu: VT.</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br>'
                "<em>(đã ký)</em><br><br><strong>Võ Thị Kim Loan</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Võ Thị Kim Loan"],
        opts={
            "created": "2026-12-03 01:20",
            "cats": ["thong-bao"],
            "tags": [],
            "short": "Lịch nghỉ Tết Dương lịch 2027 của trường Mầm non Sơn Ca.",
        },
    ),
    Story(
        30,
        "be-vui-giang-sinh-2026",
        "🎄 Bé vui Giáng sinh cùng ông già Noel năm 2026",
        "tin-tuc-su-kien",
        "2026-12-01",
        [
            Img("/storage/blog/30/giang-sinh-cover.jpg", style="featured"),
            P(
                "Để các bé có thêm một mùa Giáng sinh ấm áp, Ban đại diện cha mẹ học sinh phối hợp với "
                "nhà trường tổ chức chương trình “Bé vui Giáng sinh” vào sáng thứ Năm ngày 24/12/2026."
            ),
            P(
                "Chương trình gồm phần trang trí cây thông của từng lớp, tiết mục văn nghệ của các bé "
                "khối Lá và phần tặng quà của ông già Noel."
            ),
            P("Phụ huynh đăng ký tham gia đóng góp quà cho bé theo các mức sau:"),
            P("Mức 1: 50.000 đồng/bé (quà bánh kẹo).", "emoji"),
            P("Mức 2: 100.000 đồng/bé (quà bánh kẹo và đồ chơi nhỏ).", "emoji"),
            P(
                "Hạn chót đăng ký với giáo viên chủ nhiệm là thứ Sáu ngày 18/12/2026. Mọi khoản đóng góp "
                "đều được công khai trên bảng tin của lớp."
            ),
            Raw(BYLINE.format("Ban đại diện CMHS")),
        ],
        authors=["Ban đại diện CMHS"],
        opts={
            "created": "2026-11-30 18:40",
            "cats": ["tin-tuc-su-kien"],
            "tags": ["su-kien"],
            "short": "Chương trình Bé vui Giáng sinh sáng 24/12/2026.",
        },
    ),
    Story(
        29,
        "hoi-thi-be-khoe-be-ngoan-cap-truong",
        "Sôi nổi Hội thi “Bé khỏe – Bé ngoan” cấp trường",
        "hoat-dong-cua-be",
        "2026-11-27",
        [
            Img("/storage/blog/29/hoi-thi-be-khoe.jpg", style="featured"),
            P(
                "Sáng 26/11, hơn 300 bé của 12 lớp đã tham gia Hội thi “Bé khỏe – Bé ngoan” cấp trường "
                "với nhiều phần thi hấp dẫn."
            ),
            P(
                "Ở phần thi “Bé khỏe”, các bé khối Chồi và khối Lá thi bật xa, ném bóng trúng đích, "
                "chạy tiếp sức theo đội; các bé khối Mầm thi đi trong đường hẹp và bò chui qua cổng."
            ),
            Img(
                f"{IMG_DIR}/hoi-thi-bat-xa.jpg",
                "Các bé khối Lá trong phần thi bật xa",
                "Các bé khối Lá trong phần thi bật xa",
            ),
            P(
                "Phần thi “Bé ngoan” kiểm tra kỹ năng tự phục vụ: gấp khăn, rửa tay đúng 6 bước, "
                "xếp dép lên kệ và chào hỏi lễ phép."
            ),
            Img(
                f"{IMG_DIR}/hoi-thi-rua-tay.jpg",
                "(Bé Ngọc Hân lớp Chồi 3 thực hành rửa tay đúng cách)",
                "Bé Ngọc Hân lớp Chồi 3 thực hành rửa tay đúng cách",
            ),
            P(
                "Kết quả, Ban tổ chức trao giải Nhất cho lớp Lá 1, giải Nhì cho lớp Chồi 3 và lớp Lá 4, "
                "giải Ba cho lớp Mầm 2."
            ),
            Raw(BYLINE.format("Tin, ảnh: Cô Trần Thị Bích Ngọc - GV lớp Lá 1")),
        ],
        authors=["Trần Thị Bích Ngọc"],
        photographers=["Trần Thị Bích Ngọc"],
        summary="Hội thi năm nay thu hút hơn 300 bé của 12 lớp tham gia, là dịp để các bé thể hiện "
        "sức khỏe và những thói quen tốt được rèn luyện ở trường.",
        sapo_outside=True,
        opts={
            "created": "2026-11-27 02:05",
            "cats": ["hoat-dong-cua-be"],
            "tags": ["su-kien"],
            "comments": [
                (401, "Phụ huynh bé Gia Bảo (Lá 1)", "Nov 27, 2026", "Cảm ơn các cô đã tổ chức hội thi rất vui!"),
                (402, "Mẹ bé Ngọc Hân", "Nov 28, 2026", "Bé về nhà khoe mãi phần rửa tay ạ."),
            ],
        },
    ),
    Story(
        28,
        "thuc-don-dinh-duong-thang-12-2026",
        "Thực đơn dinh dưỡng tháng 12/2026",
        "goc-phu-huynh",
        "2026-11-24",
        [
            P(
                "Nhà trường công khai thực đơn bán trú tháng 12/2026 đã được bộ phận y tế và Ban đại "
                "diện cha mẹ học sinh thống nhất."
            ),
            P("Thứ | Bữa chính | Bữa xế", "tr"),
            P("Thứ Hai | Cơm, canh bí đỏ nấu tôm, thịt kho trứng cút | Sữa chua, chuối", "tr"),
            P("Thứ Ba | Cơm, canh cải ngọt, cá basa sốt cà | Cháo đậu xanh", "tr"),
            P("Thứ Tư | Bún mọc, rau sống | Bánh flan", "tr"),
            P("Thứ Năm | Cơm, canh chua cá lóc, gà chiên | Sữa tươi, bánh bông lan", "tr"),
            P("Thứ Sáu | Mì nấu giò heo, rau cải | Chè hạt sen", "tr"),
            P("Trẻ dị ứng thực phẩm được bếp chế biến riêng theo phiếu đăng ký của phụ huynh."),
            Raw('<p style="text-align: right;"><em>Tổ Cấp dưỡng</em></p>'),
        ],
        authors=["Tổ Cấp dưỡng"],
        opts={
            "created": "2026-11-24 07:30",
            "cats": ["goc-phu-huynh"],
            "tags": ["dinh-duong"],
            "short": "Thực đơn bán trú tháng 12/2026.",
        },
    ),
    Story(
        27,
        "ky-niem-ngay-nha-giao-viet-nam-20-11",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-su-kien",
        "2026-11-20",
        [
            Img("/storage/blog/27/ngay-nha-giao.jpg", style="featured"),
            P(
                "Sáng 20/11/2026, Trường Mầm non Sơn Ca tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "với sự tham dự của đại diện Phòng Giáo dục và Đào tạo quận Ninh Kiều."
            ),
            P(
                "Tại buổi lễ, cô Hiệu trưởng Võ Thị Kim Loan ôn lại truyền thống của ngày 20/11 và biểu "
                "dương 8 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp quận năm học 2025-2026."
            ),
            Img(f"{IMG_DIR}/nha-giao-van-nghe.jpg", "Ảnh: Lâm Quốc Huy", None),
            P(
                "Các bé khối Lá mang đến tiết mục múa “Cô giáo em” và những bó hoa tự tay làm để tặng "
                "các cô."
            ),
            Raw(BYLINE.format("Tin: Đỗ Thanh Tâm - Ảnh: Lâm Quốc Huy")),
        ],
        authors=["Đỗ Thanh Tâm"],
        photographers=["Lâm Quốc Huy"],
        summary="Trong không khí tri ân, thầy cô và các bé cùng nhau ôn lại truyền thống ngày "
        "Nhà giáo Việt Nam.",
        sapo_outside=True,
        opts={
            "created": "2026-11-20 03:15",
            "cats": ["tin-tuc-su-kien", "hoat-dong-cua-be"],
            "tags": ["su-kien"],
            "comments": [
                (388, "Ba bé Khánh An", "Nov 21, 2026", "Chúc các cô luôn mạnh khỏe, hạnh phúc!"),
            ],
        },
    ),
    Story(
        26,
        "phong-chong-sot-xuat-huyet-o-tre-mam-non",
        "Phòng chống sốt xuất huyết ở trẻ mầm non mùa mưa",
        "goc-phu-huynh",
        "2026-11-16",
        [
            P(
                "Sốt xuất huyết thường tăng vào các tháng mùa mưa. Trẻ mầm non dễ mắc bệnh và khó diễn "
                "tả triệu chứng, vì vậy phụ huynh cần đặc biệt lưu ý."
            ),
            P("Dấu hiệu cần đưa trẻ đi khám ngay", "h"),
            P("Sốt cao liên tục 2 đến 7 ngày, khó hạ sốt.", "li"),
            P("Nổi chấm đỏ dưới da, chảy máu cam hoặc chảy máu chân răng.", "li"),
            P("Trẻ li bì, nôn nhiều, đau bụng.", "li"),
            P("Biện pháp phòng bệnh", "h"),
            P(
                "Cho trẻ ngủ mùng kể cả ban ngày, mặc quần áo dài tay; hằng tuần lật úp các vật dụng "
                "chứa nước và thả cá vào bể chứa để diệt lăng quăng."
            ),
            P(
                "Nhà trường thực hiện phun thuốc diệt muỗi định kỳ và vệ sinh khuôn viên vào chiều thứ "
                "Sáu hằng tuần."
            ),
            Raw('<p><em>Nguồn: Trung tâm Kiểm soát bệnh tật thành phố Cần Thơ</em></p>'),
        ],
        source="Trung tâm Kiểm soát bệnh tật thành phố Cần Thơ",
        opts={
            "created": "2026-11-16 04:00",
            "cats": ["goc-phu-huynh"],
            "tags": ["an-toan"],
            "short": "Những điều phụ huynh cần biết về bệnh sốt xuất huyết.",
        },
    ),
    Story(
        25,
        "be-tham-quan-nha-sach-phuong-nam",
        "Bé trải nghiệm tham quan nhà sách Phương Nam",
        "hoat-dong-cua-be",
        "2026-11-12",
        [
            Img("/storage/blog/25/nha-sach.jpg", style="featured"),
            P(
                "Ngày 11/11, các bé lớp Lá 2 và Lá 3 đã có buổi tham quan nhà sách Phương Nam trên "
                "đường 30 Tháng 4, quận Ninh Kiều."
            ),
            P(
                "Các bé được nghe cô nhân viên giới thiệu về các khu sách thiếu nhi, tự chọn một cuốn "
                "truyện tranh yêu thích và tập xếp hàng thanh toán."
            ),
            Img(f"{IMG_DIR}/nha-sach-doc-truyen.jpg", "Giờ đọc truyện tại góc thiếu nhi",
                "Giờ đọc truyện tại góc thiếu nhi", "figure"),
            P(
                "Về lớp, các bé kể lại chuyến đi và vẽ tranh “Nhà sách của bé” để trưng bày tại hành "
                "lang."
            ),
            Raw(BYLINE.format("Phạm Thị Hồng Nhung")),
        ],
        authors=["Phạm Thị Hồng Nhung"],
        opts={
            "created": "2026-11-12 08:45",
            "cats": ["hoat-dong-cua-be"],
            "tags": [],
            "nfd": True,
            "short": "Lớp Lá 2 và Lá 3 tham quan nhà sách.",
        },
    ),
    Story(
        24,
        "hop-ban-dai-dien-cha-me-hoc-sinh-nam-hoc-2026-2027",
        "Họp Ban đại diện cha mẹ học sinh năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-11-07",
        [
            P(
                "Chiều 06/11, Ban đại diện cha mẹ học sinh nhà trường họp phiên đầu năm học 2026-2027, "
                "thống nhất kế hoạch hoạt động và các khoản vận động tài trợ.",
                "lead",
            ),
            P(
                "Cuộc họp có 24 thành viên là đại diện cha mẹ học sinh các lớp cùng Ban giám hiệu nhà "
                "trường."
            ),
            P(
                "Ban đại diện đã bầu ông Nguyễn Hoàng Phúc làm Trưởng ban, bà Lê Thị Thảo làm Phó "
                "Trưởng ban.",
                "br",
            ),
            P("Nhiệm kỳ của Ban đại diện là một năm học."),
            P(
                "Hội nghị cũng thống nhất duy trì trang tin điện tử của trường do phụ huynh tình nguyện "
                "quản trị."
            ),
            Raw('<p style="text-align: right;"><strong>Nguyễn Hoàng Phúc</strong> – Trưởng ban đại '
                "diện CMHS</p>"),
        ],
        authors=["Nguyễn Hoàng Phúc"],
        summary="Chiều 06/11, Ban đại diện cha mẹ học sinh nhà trường họp phiên đầu năm học "
        "2026-2027, thống nhất kế hoạch hoạt động và các khoản vận động tài trợ.",
        opts={
            "created": "2026-11-07 10:00",
            "cats": ["tin-tuc-su-kien"],
            "tags": [],
            "short": "Họp Ban đại diện CMHS đầu năm học.",
        },
    ),
    Story(
        23,
        "chuyen-de-phat-trien-ngon-ngu-cho-tre-24-36-thang",
        "Chuyên đề phát triển ngôn ngữ cho trẻ 24-36 tháng",
        "tin-tuc-su-kien",
        "2026-11-02",
        [
            Img("/storage/blog/23/chuyen-de-ngon-ngu.jpg", style="featured"),
            P(
                "Ngày 30/10, tổ chuyên môn nhà trẻ tổ chức chuyên đề “Phát triển ngôn ngữ cho trẻ 24-36 "
                "tháng qua hoạt động đọc thơ, kể chuyện”."
            ),
            P(
                "Cô Huỳnh Mỹ Duyên lớp Nhà trẻ 2 thực hiện tiết dạy mẫu bài thơ “Đi dép”, sử dụng rối "
                "tay và tranh to giúp trẻ hứng thú đọc theo cô."
            ),
            P(
                "Các giáo viên dự giờ góp ý và thống nhất áp dụng cách đặt câu hỏi mở cho trẻ ở tất cả "
                "các lớp nhà trẻ."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/blog/huong-dan-phu-huynh-dung-ung-dung-lien-lac">'
                "Hướng dẫn phụ huynh dùng ứng dụng liên lạc</a></p>"
                '<p>Tài liệu đính kèm: <a href="/storage/files/chuyen-de-ngon-ngu.pdf">'
                "chuyen-de-ngon-ngu.pdf</a></p>"
            ),
            Raw(BYLINE.format("Tổ chuyên môn Nhà trẻ")),
        ],
        authors=["Tổ chuyên môn Nhà trẻ"],
        opts={
            "created": "2026-11-02 01:00",
            "cats": ["tin-tuc-su-kien"],
            "tags": [],
            "entities": True,
            "short": "Chuyên đề phát triển ngôn ngữ khối nhà trẻ.",
        },
    ),
    Story(
        22,
        "huong-dan-phu-huynh-dung-ung-dung-lien-lac",
        "Hướng dẫn phụ huynh dùng ứng dụng liên lạc điện tử",
        "goc-phu-huynh",
        "2026-10-28",
        [
            P(
                "Từ tháng 11/2026, nhà trường gửi thông tin điểm danh, thực đơn và nhận xét hằng ngày "
                "qua ứng dụng liên lạc điện tử. Phụ huynh cài đặt theo các bước sau:"
            ),
            P("Tải ứng dụng từ App Store hoặc Google Play.", "oli"),
            P("Đăng nhập bằng số điện thoại đã đăng ký với giáo viên chủ nhiệm.", "oli"),
            P("Chọn tên bé và xác nhận lớp học.", "oli"),
            P("Nếu quên mật khẩu, phụ huynh chọn “Quên mật khẩu” để nhận mã qua tin nhắn.", "br"),
            P("Mọi thắc mắc xin liên hệ cô Thu Hà, điện thoại 0939 456 218."),
        ],
        opts={
            "created": "2026-10-28 02:30",
            "cats": ["goc-phu-huynh"],
            "tags": [],
            "short": "Các bước cài đặt ứng dụng liên lạc.",
        },
    ),
    Story(
        21,
        "thong-bao-thu-cac-khoan-hoc-ky-1",
        "Thông báo các khoản thu học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-10-20",
        [
            P(
                "Nhà trường thông báo các khoản thu học kỳ I năm học 2026-2027 theo Nghị quyết của Hội "
                "đồng nhân dân thành phố Cần Thơ."
            ),
            P("Khoản thu | Mức thu | Ghi chú", "tr"),
            P("Tiền ăn bán trú | 30.000 đồng/ngày | Thu theo ngày thực tế", "tr"),
            P("Dịch vụ bán trú | 250.000 đồng/tháng | Thu theo tháng", "tr"),
            P("Nước uống | 15.000 đồng/tháng | Thu theo tháng", "tr"),
            P(
                "Phụ huynh nộp qua tài khoản của trường tại Ngân hàng Vietcombank chi nhánh Cần Thơ "
                "trước ngày 31/10/2026."
            ),
            Raw('<p style="text-align: right;"><strong>Bộ phận Kế toán</strong></p>'),
        ],
        authors=["Bộ phận Kế toán"],
        opts={
            "created": "2026-10-20 03:00",
            "cats": ["thong-bao"],
            "tags": [],
            "short": "Các khoản thu học kỳ I.",
        },
    ),
    Story(
        20,
        "tuan-le-an-toan-giao-thong-cho-be",
        "Tuần lễ an toàn giao thông cho bé",
        "hoat-dong-cua-be",
        "2026-10-14",
        [
            Img("/storage/blog/20/an-toan-giao-thong.jpg", style="featured"),
            P(
                "Từ ngày 12 đến 16/10, các lớp tổ chức tuần lễ “Bé với an toàn giao thông” với sa bàn "
                "ngã tư, đèn tín hiệu và xe đạp mini."
            ),
            P(
                "Các bé được học cách đội mũ bảo hiểm đúng, nhận biết đèn xanh, đèn đỏ và đi bộ sang "
                "đường cùng người lớn."
            ),
            Img(f"{IMG_DIR}/atgt-sa-ban.jpg", "Bé thực hành qua đường tại sa bàn",
                "Bé thực hành qua đường tại sa bàn"),
            P("Cuối tuần, mỗi bé nhận một chiếc mũ bảo hiểm do Công ty Honda tài trợ."),
        ],
        opts={
            "created": "2026-10-14 09:10",
            "cats": ["hoat-dong-cua-be"],
            "tags": ["an-toan"],
            "short": "Tuần lễ an toàn giao thông.",
        },
    ),
    Story(
        19,
        "khai-giang-lop-nang-khieu-ve",
        "Khai giảng lớp năng khiếu Vẽ và Múa năm học 2026-2027",
        "hoat-dong-cua-be",
        "2026-10-06",
        [
            P(
                "Ngày 05/10, nhà trường khai giảng các lớp năng khiếu Vẽ và Múa dành cho trẻ 4-5 tuổi, "
                "học vào chiều thứ Ba và thứ Năm hằng tuần."
            ),
            P(
                "Lớp Vẽ do họa sĩ Trịnh Công Minh phụ trách; lớp Múa do cô Lý Ngọc Trâm, giáo viên "
                "Cung Thiếu nhi thành phố, giảng dạy."
            ),
            P("Học phí và danh sách lớp được công khai tại văn phòng trường."),
        ],
        opts={
            "created": "2026-10-06 04:20",
            "updated": "Nov 30, 2026",
            "cats": ["hoat-dong-cua-be"],
            "tags": [],
            "short": "Khai giảng lớp năng khiếu.",
        },
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
MOST_READ = [22, 28, 29]

NON_ARTICLE_PAGES = {
    "gioi-thieu": "Giới thiệu Trường Mầm non Sơn Ca",
    "doi-ngu-giao-vien": "Đội ngũ giáo viên",
    "thu-vien-anh": "Thư viện ảnh",
    "thuc-don-tuan": "Thực đơn tuần",
    "lien-he": "Liên hệ",
    "return-policy": "Return Policy",
}
EXTRA_CMS = {"refund-policy": "Refund Policy", "terms-conditions": "Terms & Conditions"}

PRODUCTS = [
    ("Bộ đồng phục mùa đông bé trai", "245.000 ₫", "dong-phuc-mua-dong-be-trai"),
    ("Bộ đồng phục mùa đông bé gái", "245.000 ₫", "dong-phuc-mua-dong-be-gai"),
    ("Balo Sơn Ca size nhỏ", "180.000 ₫", "balo-son-ca"),
]


# --- rendering --------------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=1 if story.opts.get("entities") else 0)


def _story_by_id(sid: int) -> Story:
    return next(s for s in STORIES if s.id == sid)


def _content(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "featured":
                pass
            elif b.style == "figure":
                out.append(
                    f'<figure class="image"><img src="{esc(b.src)}" alt="" width="600" height="400">'
                    f"<figcaption>{_t(story, b.printed or '')}</figcaption></figure>"
                )
            else:
                out.append(
                    f'<p style="text-align: center;"><img src="{esc(b.src)}" alt="" width="600" '
                    'height="400"></p>'
                )
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{_t(story, b.printed)}</em></p>')
        elif b.style in ("li", "oli", "tr"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "tr":
                rows = []
                for n, row in enumerate(group):
                    tag = "th" if n == 0 else "td"
                    cells = "".join(
                        f"<{tag} style=\"border: 1px solid #999; padding: 4px;\">{_t(story, c)}"
                        + f"</{tag}>"
                        for c in row.text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
            else:
                tag = "ol" if b.style == "oli" else "ul"
                items = "".join(f"<li>{_t(story, g.text)}</li>" for g in group)
                out.append(f"<{tag}>{items}</{tag}>")
            continue
        elif b.style == "h":
            out.append(f"<h3><strong>{_t(story, b.text)}</strong></h3>")
        elif b.style == "lead":
            out.append(f"<p><strong>{_t(story, b.text)}</strong></p>")
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f"<p>{_t(story, b.text)}<br>\n{_t(story, nxt.text)}</p>")
            i += 2
            continue
        elif b.style == "emoji":
            out.append(
                '<p><img class="emoji" src="/storage/tinymce/emoji/1f449.png" alt="👉" width="16" '
                f'height="16">&nbsp;{_t(story, b.text)}</p>'
            )
        else:
            words = _t(story, b.text)
            if story.id % 2 == 0:
                words = words.replace(", ", ",&nbsp; ", 1)
            out.append(f"<p>{words}</p>")
        i += 1
    return "\n".join(out)


def _menu(base: str) -> str:
    cats = "".join(
        f'<li><a class="block px-5 py-2 hover:bg-gray-100" href="/blog/category/{slug}">{esc(name)}</a></li>'
        for slug, name in CATS.items()
    )
    return (
        '<ul class="flex items-center gap-x-6 text-sm font-medium">'
        '<li><a href="/">Trang chủ</a></li>'
        '<li class="group relative"><a href="/page/gioi-thieu">Giới thiệu</a>'
        '<ul class="absolute hidden group-hover:block bg-white shadow-lg">'
        '<li><a href="/page/gioi-thieu">Giới thiệu chung</a></li>'
        '<li><a href="/page/doi-ngu-giao-vien">Đội ngũ giáo viên</a></li>'
        '<li><a href="/page/thu-vien-anh">Thư viện ảnh</a></li></ul></li>'
        '<li class="group relative"><a href="/blog">Tin tức</a>'
        f'<ul class="absolute hidden group-hover:block bg-white shadow-lg">{cats}</ul></li>'
        '<li><a href="/page/thuc-don-tuan">Thực đơn</a></li>'
        '<li><a href="/page/lien-he">Liên hệ</a></li>'
        "</ul>"
    )


def _layout(request: Request, title: str, main: str, *, canonical: str | None = None,
            description: str = "", sidebar: bool = False) -> Response:
    base = base_url(request)
    notice = _story_by_id(31)
    canon = f'<link rel="canonical" href="{base}{canonical}">' if canonical else ""
    side = _sidebar() if sidebar else ""
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="kq9Xv2LrM4pZ7cTn0aW1yBfE3hJ6uD8sG5oNiK">
<meta name="base-url" content="{base}">
<meta name="currency-code" content="VND">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}">
{canon}
<link rel="icon" href="/storage/channel/1/favicon.ico">
<link rel="stylesheet" href="/themes/shop/default/build/assets/app-4f1b2c9e.css">
<script type="module" src="/themes/shop/default/build/assets/app-8a3d71c0.js"></script>
</head>
<body>
<a href="#main" class="skip-to-main-content-link">Chuyển đến nội dung chính</a>
<div id="app">
<div class="w-full bg-[#0f5132] px-16 py-2 text-xs text-white max-lg:hidden flex justify-between">
<span>{HEADER_DATE}</span>
<span class="marquee"><a class="text-yellow-200" href="/blog/{notice.slug}">📢 {esc(notice.title)}</a></span>
<span>Hotline: 0292 3 812 456</span>
<v-locale-switcher :locales='[{{"code":"vi","name":"Tiếng Việt"}},{{"code":"en","name":"English"}}]'
 v-cloak><span>Tiếng Việt</span></v-locale-switcher>
</div>
<header class="sticky top-0 z-10 bg-white shadow-gray max-lg:shadow-none">
<div class="flex min-h-[78px] items-center justify-between px-[60px] max-lg:hidden">
<a href="/" aria-label="Sơn Ca"><img src="/storage/channel/1/logo-son-ca.png" alt="{SCHOOL}" width="131" height="29"></a>
<nav>{_menu(base)}</nav>
<form action="/search" class="flex max-w-[445px] items-center" role="search">
<input type="text" name="term" class="block w-full rounded-xl border px-11 py-3" placeholder="Tìm kiếm sản phẩm" required>
<button type="submit" class="hidden">Tìm</button></form>
<div class="flex items-center gap-x-9">
<a href="/compare" aria-label="So sánh"><span class="icon-compare text-2xl"></span></a>
<a href="/checkout/cart" aria-label="Giỏ hàng"><span class="icon-cart text-2xl"></span>
<span class="rounded-[44px] bg-navyBlue px-2 text-xs text-white">0</span></a>
<v-dropdown position="bottom-right"><span class="icon-users text-2xl"></span>
<div class="grid gap-2.5 p-5"><p class="font-dmserif text-xl">Chào mừng quý khách</p>
<a href="/customer/login" class="primary-button">Đăng nhập</a>
<a href="/customer/register" class="secondary-button">Đăng ký</a>
<a href="/customer/account/wishlist">Danh sách yêu thích</a></div></v-dropdown>
</div></div>
<div class="flex flex-wrap gap-4 px-4 pb-4 pt-6 shadow-sm lg:hidden">
<v-mobile-drawer><div class="drawer-content">{_menu(base)}
<a href="/customer/login">Đăng nhập</a></div></v-mobile-drawer>
</div>
</header>
<main id="main" class="bg-white">
<div class="container mt-8 px-[60px] max-lg:px-8 flex gap-10 max-lg:flex-wrap">
<div class="flex-1 min-w-0">{main}</div>
{side}
</div>
</main>
<footer class="mt-9 bg-lightOrange">
<div class="flex justify-between gap-x-6 gap-y-8 p-[60px] max-1060:flex-wrap">
<div class="grid gap-2 text-sm">
<p class="font-semibold">{SCHOOL.upper()}</p>
<p>Địa chỉ: Số 12 đường Trần Văn Hoài, phường Xuân Khánh, quận Ninh Kiều, thành phố Cần Thơ</p>
<p>Điện thoại: 0292 3 812 456 - Email: mnsonca.ninhkieu@cantho.edu.vn</p>
</div>
<ul class="grid gap-5 text-sm">
<li><a href="/page/gioi-thieu">Về chúng tôi</a></li>
<li><a href="/page/lien-he">Liên hệ</a></li>
<li><a href="/page/return-policy">Chính sách đổi trả</a></li>
<li><a href="/page/refund-policy">Chính sách hoàn tiền</a></li>
<li><a href="/page/terms-conditions">Điều khoản sử dụng</a></li>
</ul>
<div class="grid gap-2.5"><p class="text-3xl italic">Nhận bản tin của trường</p>
<form action="/subscription" method="POST"><input type="hidden" name="_token" value="kq9Xv2LrM4pZ7cTn0aW1yBfE3hJ6uD8sG5oNiK">
<input type="email" name="email" placeholder="email@example.com" required>
<button type="submit">Đăng ký</button></form>
<p><a href="https://www.facebook.com/mnsonca.ninhkieu">Facebook</a> ·
<a href="https://zalo.me/0292381245">Zalo</a></p></div>
</div>
<div class="flex justify-between bg-[#F1EADF] px-[60px] py-3.5 text-sm">
<p>© Bản quyền 2026 {SCHOOL}. Vận hành trên nền tảng Bagisto.</p></div>
</footer>
</div>
<script type="text/x-template" id="v-dropdown-template">
<div><div class="select-none" ref="toggleBlock" @click="toggle()"><slot name="toggle">Toggle</slot></div>
<div v-show="isActive" class="absolute z-20"><slot name="content"></slot></div></div>
</script>
</body>
</html>"""
    return html(body)


def _sidebar() -> str:
    cats = "".join(
        f'<li class="flex justify-between"><a href="/blog/category/{slug}">{esc(name)}</a>'
        f"<span>({len(_in_cat(slug))})</span></li>"
        for slug, name in CATS.items()
    )
    most = "".join(
        f'<li class="flex gap-3"><img src="/cache/small/blog/{s.id}/thumb.jpg" alt="" width="60">'
        f'<a href="/blog/{s.slug}">{esc(s.title)}</a></li>'
        for s in (_story_by_id(i) for i in MOST_READ)
    )
    tags = " ".join(f'<a class="rounded-full border px-3" href="/blog/tag/{slug}">#{esc(name)}</a>'
                    for slug, name in TAGS.items())
    return f"""<aside class="w-[320px] shrink-0 max-lg:w-full grid gap-8 content-start">
<v-blog-search><form action="/blog" method="GET"><input type="text" name="q" placeholder="Tìm bài viết...">
<button type="submit">Tìm</button></form></v-blog-search>
<div class="rounded-xl border p-5"><h4 class="text-lg font-semibold">Danh mục</h4><ul class="grid gap-2">{cats}</ul></div>
<div class="rounded-xl border p-5"><h4 class="text-lg font-semibold">Bài viết xem nhiều</h4><ul class="grid gap-3">{most}</ul></div>
<div class="rounded-xl border p-5"><h4 class="text-lg font-semibold">Thẻ</h4><div class="flex flex-wrap gap-2">{tags}</div></div>
<div class="rounded-xl border p-5"><h4 class="text-lg font-semibold">Thăm dò ý kiến</h4>
<form action="/poll/vote" method="POST"><p>Quý phụ huynh biết đến trường qua kênh nào?</p>
<label><input type="radio" name="opt" value="1"> Người quen giới thiệu</label>
<label><input type="radio" name="opt" value="2"> Facebook, Zalo</label>
<label><input type="radio" name="opt" value="3"> Trang web của trường</label>
<button type="submit">Bình chọn</button></form></div>
<div class="rounded-xl border p-5 text-sm" id="tk-truy-cap"><h4 class="text-lg font-semibold">Thống kê truy cập</h4>
<p>Đang online: <b>7</b></p><p>Hôm nay: <b>214</b></p><p>Tổng truy cập: <b>186.402</b></p></div>
</aside>"""


def _breadcrumb(items: list[tuple[str, str | None]]) -> str:
    parts = []
    for label, href in items:
        if href:
            parts.append(f'<li class="flex items-center gap-x-2"><a href="{href}">{esc(label)}</a>'
                         '<span class="icon-arrow-right"></span></li>')
        else:
            parts.append(f'<li aria-current="page">{esc(label)}</li>')
    return f'<nav aria-label="Breadcrumb"><ol class="flex gap-x-2.5 text-sm">{"".join(parts)}</ol></nav>'


def _local_day(story: Story) -> datetime:
    return _utc(story.opts["created"]).astimezone(ICT)


def _card(story: Story) -> str:
    utc_day = _utc(story.opts["created"]).strftime("%d/%m/%Y")
    props = json.dumps(
        {"id": story.id, "slug": story.slug, "created_at": _utc(story.opts["created"]).strftime(
            "%Y-%m-%dT%H:%M:%S.000000Z")},
        ensure_ascii=False,
    )
    return (
        f"<v-blog-card :post='{esc(props)}'><div class=\"grid gap-3 rounded-xl border p-4\">"
        f'<a href="/blog/{story.slug}"><img src="/cache/medium/blog/{story.id}/thumb.jpg" alt="" '
        'class="aspect-video rounded-lg object-cover"></a>'
        f'<p class="text-xs text-zinc-500">{utc_day} · {esc(CATS[story.cat])}</p>'
        f'<h3 class="text-lg font-medium"><a href="/blog/{story.slug}">{esc(story.title)}</a></h3>'
        f'<p class="text-sm line-clamp-2">{esc(story.opts.get("short") or story.summary or "")}</p>'
        f'<a class="text-sm text-navyBlue" href="/blog/{story.slug}">Đọc tiếp →</a></div></v-blog-card>'
    )


def _pager(base: str, path: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    links = []
    if page > 1:
        links.append(f'<a href="{base}{path}?page={page - 1}" rel="prev">« Trước</a>')
    for n in range(max(1, page - 1), min(pages, page + 1) + 1):
        if n == page:
            links.append(f'<span aria-current="page" class="font-bold">{n}</span>')
        else:
            links.append(f'<a href="{base}{path}?page={n}">{n}</a>')
    if page < pages:
        links.append(f'<a href="{base}{path}?page={page + 1}" rel="next">Sau »</a>')
    return f'<nav class="mt-8 flex gap-3 justify-center" role="navigation">{"".join(links)}</nav>'


def _in_cat(slug: str) -> list[Story]:
    return [s for s in STORIES if slug in s.opts["cats"]]


def _listing(request: Request, heading: str, path: str, stories: list[Story], per: int,
             crumbs: list[tuple[str, str | None]]) -> Response | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        return None
    page = int(raw)
    pages = max(1, -(-len(stories) // per))
    if page > pages:
        chunk: list[Story] = []
    else:
        chunk = stories[(page - 1) * per : page * per]
    cards = "".join(_card(s) for s in chunk) or '<p class="py-10 text-center">Chưa có bài viết nào.</p>'
    main = (
        _breadcrumb(crumbs)
        + f'<h1 class="mt-5 text-3xl font-medium">{esc(heading)}</h1>'
        + f'<div class="mt-8 grid grid-cols-2 gap-6 max-md:grid-cols-1">{cards}</div>'
        + _pager(base_url(request), path, page, pages)
    )
    title = heading + (f" - Trang {page}" if page > 1 else "") + " | MN Sơn Ca"
    return _layout(request, title, main, canonical=path + (f"?page={page}" if page > 1 else ""),
                   sidebar=True)


def _post(request: Request, story: Story) -> Response:
    base = base_url(request)
    day = _local_day(story)
    printed_date = day.strftime("%b %d, %Y")
    cat_links = ", ".join(f'<a href="/blog/category/{c}">{esc(CATS[c])}</a>' for c in story.opts["cats"])
    comments = story.opts.get("comments", [])
    featured = next((b for b in story.images if b.style == "featured"), None)
    lead = ""
    if story.sapo_outside and story.summary:
        lead = f'<div class="mt-4 text-lg font-medium text-zinc-700">{esc(story.summary)}</div>'
    hero_img = ""
    if featured:
        hero_img = (
            '<div class="mt-6 overflow-hidden rounded-xl">'
            '<img class="lazy w-full" src="/themes/shop/default/build/assets/medium-product-placeholder.webp" '
            f'data-src="{esc(featured.src)}" alt="{esc(story.title)}" width="1200" height="675"></div>'
        )
    updated = ""
    if story.opts.get("updated"):
        updated = f'<p class="mt-6 text-xs italic text-zinc-500">Cập nhật: {story.opts["updated"]}</p>'
    tags = ""
    if story.opts.get("tags"):
        tags = '<div class="mt-6 flex gap-2 text-sm">Thẻ: ' + " ".join(
            f'<a href="/blog/tag/{t}">#{esc(TAGS[t])}</a>' for t in story.opts["tags"]) + "</div>"
    share_url = quote(f"{base}/blog/{story.slug}", safe="")
    share = (
        '<div class="mt-6 flex items-center gap-4 text-sm"><span>Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank">Facebook</a>'
        f'<a href="https://zalo.me/share?url={share_url}" target="_blank">Zalo</a>'
        '<button type="button" onclick="window.print()">In bài</button></div>'
    )
    comment_html = "".join(
        f'<div class="border-b py-4" id="binh-luan-{cid}"><p class="font-semibold">{esc(name)}</p>'
        f'<p class="text-xs text-zinc-500">{cdate}</p><p class="mt-2">{esc(ctext)}</p>'
        f'<a class="text-xs text-navyBlue" href="/blog/{story.slug}?reply_to={cid}#frm-binh-luan">Trả lời</a></div>'
        for cid, name, cdate, ctext in comments
    )
    reply_to = request.params.get("reply_to")
    form_title = "Trả lời bình luận" if reply_to else "Để lại bình luận"
    comment_block = (
        f'<section class="mt-10" id="comments"><h3 class="text-xl font-medium">Bình luận ({len(comments)})</h3>'
        f"{comment_html}"
        f'<form id="frm-binh-luan" action="/blog/comment/store" method="POST" class="mt-6 grid gap-3">'
        f'<p class="font-medium">{form_title}</p><input type="hidden" name="post" value="{story.id}">'
        + (f'<input type="hidden" name="parent_id" value="{esc(reply_to)}">' if reply_to else "")
        + '<input name="name" placeholder="Họ tên"><textarea name="comment" placeholder="Nội dung"></textarea>'
        '<button type="submit">Gửi bình luận</button></form></section>'
    )
    related = [s for s in STORIES if s.cat == story.cat and s.id != story.id][:2]
    related_html = (
        '<section class="mt-10"><h3 class="text-xl font-medium">Bài viết liên quan</h3>'
        '<div class="mt-4 grid grid-cols-2 gap-6">' + "".join(_card(s) for s in related) + "</div></section>"
        if related else ""
    )
    products = "".join(
        f'<div class="rounded-xl border p-4"><a href="/{slug}"><img src="/cache/medium/product/{n}/main.jpg" '
        f'alt="{esc(name)}"></a><p class="font-medium">{esc(name)}</p><p class="text-lg font-semibold">{price}</p>'
        '<button class="secondary-button" type="button">Thêm vào giỏ</button></div>'
        for n, (name, price, slug) in enumerate(PRODUCTS, start=1)
    )
    main = f"""{_breadcrumb([("Trang chủ", "/"), ("Tin tức", "/blog"), (CATS[story.cat], f"/blog/category/{story.cat}"), (story.title, None)])}
<v-blog-post :post-id="{story.id}">
<article class="mt-6">
<h1 class="text-3xl font-semibold uppercase leading-snug">{esc(story.title)}</h1>
<div class="mt-3 flex flex-wrap gap-x-4 text-sm text-zinc-500">
<span>Đăng bởi: admin</span>
<span><span class="icon-calendar"></span> {printed_date}</span>
<span>Danh mục: {cat_links}</span>
<a href="#comments">{len(comments)} bình luận</a>
</div>
{lead}
{hero_img}
<div id="bv-noidung-{story.id}" class="blog-post-content prose mt-8 max-w-none text-base">
{_content(story)}
</div>
{updated}
{tags}
{share}
</article>
{comment_block}
</v-blog-post>
{related_html}
<section class="mt-10"><h3 class="text-xl font-medium">Sản phẩm gợi ý</h3>
<div class="mt-4 grid grid-cols-3 gap-6">{products}</div></section>"""
    meta_title = f"{story.title} | MN Sơn Ca"
    return _layout(request, meta_title, main, canonical=f"/blog/{story.slug}",
                   description=story.opts.get("short") or story.summary or "", sidebar=True)


def _home(request: Request) -> Response:
    latest = STORIES[:3]
    props = json.dumps([{"id": s.id, "slug": s.slug, "title": s.title} for s in STORIES], ensure_ascii=False)
    products = "".join(
        f'<div class="rounded-xl border p-4"><a href="/{slug}"><img src="/cache/medium/product/{n}/main.jpg" '
        f'alt=""></a><p>{esc(name)}</p><p class="font-semibold">{price}</p></div>'
        for n, (name, price, slug) in enumerate(PRODUCTS, start=1)
    )
    main = f"""<div class="relative"><img src="/storage/theme/1/banner-son-ca.jpg" alt="Sơn Ca" class="w-full rounded-xl">
<p class="absolute bottom-6 left-6 text-3xl text-white">Vui chơi – Học tập – Trưởng thành</p></div>
<section class="mt-10"><h2 class="text-2xl font-medium">Tin mới từ trường</h2>
<v-blog-carousel :posts='{esc(props)}'><div class="mt-6 grid grid-cols-3 gap-6 max-md:grid-cols-1">
{"".join(_card(s) for s in latest)}</div></v-blog-carousel>
<p class="mt-6 text-center"><a class="secondary-button" href="/blog">Xem tất cả bài viết</a></p></section>
<section class="mt-10"><h2 class="text-2xl font-medium">Đồng phục &amp; dụng cụ học tập</h2>
<div class="mt-6 grid grid-cols-3 gap-6">{products}</div></section>"""
    return _layout(request, "Trường Mầm non Sơn Ca - Quận Ninh Kiều", main, canonical="/")


def _cms(request: Request, slug: str) -> Response | None:
    titles = {**NON_ARTICLE_PAGES, **EXTRA_CMS}
    if slug not in titles:
        return None
    title = titles[slug]
    bodies = {
        "gioi-thieu": (
            "<p>Trường Mầm non Sơn Ca được thành lập năm 1998, tọa lạc tại phường Xuân Khánh, quận Ninh "
            "Kiều. Trường có 12 nhóm, lớp với hơn 380 trẻ từ 18 tháng đến 5 tuổi.</p>"
            "<p>Trường đạt chuẩn quốc gia mức độ 1 năm 2019 và kiểm định chất lượng giáo dục cấp độ 3.</p>"
            '<h3>Sứ mệnh</h3><p>Xây dựng môi trường an toàn, thân thiện để mỗi trẻ được yêu thương và phát '
            "triển toàn diện.</p>"
        ),
        "doi-ngu-giao-vien": (
            "<table border=\"1\"><tr><th>Họ tên</th><th>Chức vụ</th></tr>"
            "<tr><td>Võ Thị Kim Loan</td><td>Hiệu trưởng</td></tr>"
            "<tr><td>Nguyễn Thị Thu Hà</td><td>Phó Hiệu trưởng</td></tr>"
            "<tr><td>Trần Thị Bích Ngọc</td><td>Giáo viên lớp Lá 1</td></tr></table>"
        ),
        "thu-vien-anh": "".join(
            f'<a href="/storage/gallery/{n}.jpg"><img src="/storage/gallery/thumb-{n}.jpg" alt="Ảnh {n}"></a>'
            for n in range(1, 9)
        ),
        "thuc-don-tuan": (
            "<p>Thực đơn tuần 14 (30/11 - 04/12/2026)</p><table border=\"1\">"
            "<tr><th>Thứ</th><th>Sáng</th><th>Trưa</th><th>Xế</th></tr>"
            "<tr><td>Hai</td><td>Sữa</td><td>Cơm, canh bí đỏ</td><td>Chuối</td></tr>"
            "<tr><td>Ba</td><td>Sữa</td><td>Cơm, cá sốt cà</td><td>Cháo đậu xanh</td></tr></table>"
        ),
        "lien-he": (
            "<p>Địa chỉ: Số 12 đường Trần Văn Hoài, phường Xuân Khánh, quận Ninh Kiều, TP. Cần Thơ</p>"
            '<form action="/page/lien-he" method="POST"><input name="name"><textarea name="message">'
            "</textarea><button>Gửi</button></form>"
        ),
    }
    content = bodies.get(
        slug,
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. This is the default content of the "
        "page.</p>",
    )
    main = (
        _breadcrumb([("Trang chủ", "/"), (title, None)])
        + f'<h1 class="mt-5 text-3xl font-medium">{esc(title)}</h1>'
        + f'<div class="mt-6 prose max-w-none">{content}</div>'
    )
    return _layout(request, f"{title} | MN Sơn Ca", main, canonical=f"/page/{slug}")


def _shop(request: Request, path: str) -> Response | None:
    if path == "/customer/account/wishlist":
        return redirect("/customer/login")
    pages = {
        "/customer/login": ("Đăng nhập", '<form action="/customer/login" method="POST"><input name="email">'
                            '<input type="password" name="password"><button>Đăng nhập</button></form>'
                            '<a href="/customer/forgot-password">Quên mật khẩu?</a>'),
        "/customer/register": ("Đăng ký tài khoản", '<form action="/customer/register" method="POST">'
                               '<input name="first_name"><input name="email"><button>Đăng ký</button></form>'),
        "/customer/forgot-password": ("Quên mật khẩu", '<form action="/customer/forgot-password" '
                                      'method="POST"><input name="email"><button>Gửi</button></form>'),
        "/checkout/cart": ("Giỏ hàng", '<p>Giỏ hàng của bạn đang trống.</p><a href="/">Tiếp tục mua sắm</a>'),
        "/compare": ("So sánh sản phẩm", "<p>Chưa có sản phẩm để so sánh.</p>"),
        "/search": ("Kết quả tìm kiếm", "<p>Không tìm thấy sản phẩm phù hợp.</p>"),
    }
    for n, (name, price, slug) in enumerate(PRODUCTS, start=1):
        pages[f"/{slug}"] = (
            name,
            f'<img src="/cache/large/product/{n}/main.jpg" alt="{esc(name)}">'
            f'<p class="text-2xl font-semibold">{price}</p><p>Còn hàng</p>'
            '<form action="/checkout/cart/add" method="POST"><input type="number" name="quantity" value="1">'
            '<button type="submit">Thêm vào giỏ</button></form>',
        )
    if path not in pages:
        return None
    title, content = pages[path]
    main = f'<h1 class="text-2xl font-medium">{esc(title)}</h1><div class="mt-6">{content}</div>'
    return _layout(request, f"{title} | MN Sơn Ca", main)


class BagistoSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/storage/", "/cache/", "/themes/")):
            if path.endswith(".webp"):
                return Response(200, b"RIFF\x1a\x00\x00\x00WEBPVP8L", {"Content-Type": "image/webp"})
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if request.method == "POST":
            if path in ("/subscription", "/poll/vote", "/blog/comment/store", "/checkout/cart/add"):
                return redirect("/")
            return None
        if path == "/":
            return _home(request) if not request.query else None
        if path == "/blog":
            if request.params.get("q") is not None:
                q = request.params["q"].strip().lower()
                found = [s for s in STORIES if q and q in s.title.lower()]
                return _listing(request, f"Tìm kiếm: {q}", "/blog", found, 50,
                                [("Trang chủ", "/"), ("Tin tức", "/blog"), ("Tìm kiếm", None)])
            return _listing(request, "Tin tức", "/blog", STORIES, PER_PAGE_BLOG,
                            [("Trang chủ", "/"), ("Tin tức", None)])
        if path.startswith("/blog/category/"):
            slug = path[len("/blog/category/"):]
            if slug not in CATS:
                return None
            return _listing(request, CATS[slug], path, _in_cat(slug), PER_PAGE_CAT,
                            [("Trang chủ", "/"), ("Tin tức", "/blog"), (CATS[slug], None)])
        if path.startswith("/blog/tag/"):
            slug = path[len("/blog/tag/"):]
            if slug not in TAGS or request.query:
                return None
            stories = [s for s in STORIES if slug in s.opts.get("tags", [])]
            return _listing(request, f"Thẻ: {TAGS[slug]}", path, stories, 50,
                            [("Trang chủ", "/"), ("Tin tức", "/blog"), (f"#{TAGS[slug]}", None)])
        if path.startswith("/blog/"):
            story = BY_SLUG.get(path[len("/blog/"):])
            if story is None:
                return None
            params = request.params
            if set(params) - {"reply_to"}:
                return None
            if "reply_to" in params:
                ids = {str(c[0]) for c in story.opts.get("comments", [])}
                if params["reply_to"] not in ids:
                    return None
            return _post(request, story)
        if path.startswith("/page/"):
            return _cms(request, path[len("/page/"):]) if not request.query else None
        if path == "/search" and "term" in request.params:
            return _shop(request, path)
        if request.query:
            return None
        return _shop(request, path)


def build_site() -> BagistoSite:
    return BagistoSite()


def _gold(story: Story) -> dict:
    path = f"/blog/{story.slug}"
    alts = [f"{path}?reply_to={c[0]}" for c in story.opts.get("comments", [])]
    return gold_record(story, path, CATS[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [f"/page/{slug}" for slug in NON_ARTICLE_PAGES]
