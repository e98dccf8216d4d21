"""Fixture portal: Trường Chính trị tỉnh Quảng Nam on Joomla 3.9 + GavickPro "University" template.

Platform
    Joomla! 3.9 (``<meta name="generator" content="Joomla! - Open Source Content Management">``),
    GavickPro template ``gk_university`` (``#gkHeader``, ``#gkMainMenu`` with the GK drop-down
    menu ``ul.gkmenu.level0`` / ``div.childcontent``, ``#gkBreadcrumb``, ``#gkMainbody``,
    ``#gkSidebar`` ``div.box``, ``#gkFooter``), the "News Show Pro GK5" module on the home page
    (``div.nspMain`` with ``nspArtPage`` pages of ``nspArt`` blocks, arrows and ``nspPagination``
    driven by script, and an ``nspLinks`` list), com_content category blog (``?start=N``) and
    list (``?limitstart=N``) layouts, JComments, the "Attachments" extension, Phoca Download for
    documents, JCH Optimize lazy-loading on part of the images, Vinaora Visitors Counter.

URL scheme
    menu items point at parent categories, so an article lives at
    ``/<menu-alias>/<catid>-<cat-alias>/<id>-<alias>``:
      /tin-tuc                     blog of cat 8 "Tin tức - Sự kiện" (+ subcats 9, 10), 4 per page
      /tin-tuc?start=4             its page 2 (the pagination also prints ``?start=0`` for page 1)
      /tin-tuc/9-tin-hoat-dong     blog of cat 9 (page 2 ``?start=4``); /tin-tuc/10-dang-doan-the
      /dao-tao-boi-duong           list layout (table) of cat 11 + subcat 12, 3 per page,
                                   ``?limitstart=3`` (GK's override keeps Joomla's limitstart)
      /dao-tao-boi-duong/12-thong-tin-dao-tao   list layout of cat 12 (same pagination)
      /nghien-cuu-khoa-hoc, /nghien-cuu-khoa-hoc/15-trao-doi-nghien-cuu   blog, one page
      /tin-tuc/9-tin-hoat-dong/231-khai-giang-...   an article
      /index.php/tin-tuc/...       the same with the script name (old hard-coded links)
      /index.php?option=com_content&view=article&id=233&catid=12&Itemid=118   non-SEF form
      <article>?tmpl=component&print=1&layout=default   print view (rel="nofollow")
      <article>?hitcount=0         the vote form's action (Content - Vote plugin)
      <article>?showall=&start=1, ?showall=1 …   pages of a {pagebreak} article
      /component/mailto/?tmpl=component&template=gk_university&link=<sha1>   "email a friend"
      /gioi-thieu, /gioi-thieu/lich-su-phat-trien, /lien-he   single-article menu items, contact
      /van-ban (Phoca Download category), /van-ban/2-van-ban-cua-truong/<id>-<alias> file pages
      /component/tags/tag/3-hoc-tap-va-lam-theo-bac   a com_tags page

Page templates
    home: GK Image Show slider, two NSP GK5 modules ("Tin tức - Sự kiện": 2 pages × 2 blocks +
    2 links; "Đào tạo - Bồi dưỡng": 1 page × 2 blocks + 1 link), sidebar "Thông báo" marquee
    (custom HTML with hard-coded links), "Tin mới đăng" (5 latest), "Đọc nhiều nhất" (4 by hits),
    Vinaora counter, poll, "Liên kết website" select. Article: GK ``article.item-page``, menu
    page heading ``<h1>``, headline ``<h2 itemprop="headline">``, tool drop-down (print/email),
    ``dl.article-info`` (author account, parent category, category, created, published,
    modified, hits), vote widget, full-text image, ``div[itemprop=articleBody]``, tags,
    JComments, "Các tin khác" (2 newest other articles of the category), AddThis/Facebook.

How each gold article is reached
    A1 231, A2 228, B1 226, A3 224 (blocks) and A4 219, B2 215 (links): home NSP, /tin-tuc p.1;
    A5 212: ONLY /tin-tuc?start=4 and /tin-tuc/9-tin-hoat-dong?start=4 (page 2 of both blogs);
    D1 233, D2 229, D3 221: /dao-tao-boi-duong (table), home NSP #2, sidebar;
    D4 209: ONLY /dao-tao-boi-duong?limitstart=3 and /dao-tao-boi-duong/12-…?limitstart=3;
    C1 225, C2 217: /nghien-cuu-khoa-hoc; C1 also "Tin mới đăng", C2 "Đọc nhiều nhất".

Traps
    1. Two ``<h1>`` before the headline (the GK logo ``h1.gkLogo`` and the menu item's page
       heading "Tin tức - Sự kiện"); the headline is the ``<h2 itemprop="headline">`` and the
       ``<title>`` carries " - Trường Chính trị tỉnh Quảng Nam". Gold title = the h2 text.
    2. Three dates in the info block, in vi-VN DATE_FORMAT_LC2 ("Thứ năm, 03 Tháng 12 2026
       15:20"): "Ngày tạo" (created, printed first, hours or days earlier), "Được đăng ngày"
       (publish_up) and "Cập nhật lần cuối"; the home NSP prints the created day (dd/mm/yyyy).
       Gold published_at = publish_up with time; 00:00 (A4) = the day alone.
    3. Joomla captions by caption.js: ``<img class="caption" title="…">`` (the full-text image
       above the body and images the editor marked "caption") print no caption element, the
       script ``new JCaption('img.caption')`` builds it from ``title``. Gold caption = the
       title text; the full-text image is the article's first image.
    4. Email cloaking (Content - Email Cloaking): the address in D2's text is a ``<span
       id="cloak…">`` message "Địa chỉ email này đang được bảo vệ…" plus a script assembling it
       from entity-encoded pieces. Gold paragraph = the sentence with the address as a browser
       shows it (the protection message is not text).
    5. {pagebreak} article (C1): the article URL shows page 1 with a "Mục lục bài viết" index
       (``div.article-index``) and a "Trang sau" pager INSIDE articleBody; pages 2 and 3 are at
       ``?showall=&start=1|2``, everything at ``?showall=1`` (and in the print view). Gold body =
       all three pages (the index and the page titles are not text); the page URLs and
       ``?showall=1`` are alt_paths.
    6. Widgets inside the text's container: a ``{loadposition}`` "Bài viết liên quan" module in
       the middle of A3's articleBody (text continues after it); the Attachments table at the
       end of D1's and D2's articleBody ("Tập tin đính kèm", file name | description | size);
       the pagebreak pager. None is body; the attachment rows are not table rows of the text.
    7. JCH Optimize lazy-load (A3): ``src`` is an inline SVG placeholder, the photo is in
       ``data-src`` and again in a ``<noscript><img src=…></noscript>``. Gold = the real path,
       once per photo.
    8. JComments under the article (reader comments with names and dates, a form): not body,
       the commenters are not authors.
    9. Duplicate URLs of one article: ``/index.php/…`` (sidebar marquee, a "Xem thêm" link),
       the non-SEF ``index.php?option=com_content…`` (marquee), an id-only ``…/224`` without
       alias, print view, ``?hitcount=0``; listings also at ``?start=0`` / ``?limitstart=0``.
       Gold path = the SEF path the category listing prints; the others are alt_paths.
   10. Bylines: "Viết bởi Quản trị viên" / "Viết bởi quantri_tct" are CMS accounts (nobody);
       A3's "Viết bởi ThS. Lê Thị Kim Oanh" is a created_by_alias (-> "Lê Thị Kim Oanh");
       the real byline is a right-aligned line at the end ("Tin, ảnh: Minh Quân", "Tin: Ngọc
       Trâm - Ảnh: Đức Huy", a unit "Phòng Tổ chức - Hành chính"), C1's is at the top.
   11. A4's title and text were pasted decomposed (NFD, tone marks as combining characters).
       Gold is NFC.
   12. D1 is an official notice (Party-style letterhead "TỈNH ỦY QUẢNG NAM / TRƯỜNG CHÍNH TRỊ |
       ĐẢNG CỘNG SẢN VIỆT NAM", "Số 215-TB/TCT", "Quảng Nam, ngày 02 tháng 12 năm 2026",
       "THÔNG BÁO", subject, "Nơi nhận", "K/T HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", signer). Gold per
       the house rule: date 2026-12-02, author the signer, letterhead/closing not body.
   13. Phoca Download file pages at article-shaped URLs (/van-ban/2-van-ban-cua-truong/12-…)
       with a title, a date and a description: document entries, not articles.

Gold decisions on ambiguous points
    - published_at is publish_up ("Được đăng ngày"), never "Ngày tạo" nor the NSP's day.
    - category is the deepest category of the breadcrumb ("Tin hoạt động", not the menu's
      "Tin tức - Sự kiện").
    - A bold first paragraph in articleBody is the sapo (summary); none otherwise.
    - C1's TOC page titles ("Thực trạng …") are navigation, not text; its headings typed in
      the text ("1. Thực trạng …") are text. Footnote calls "[1]" stay in their sentence, the
      "Tài liệu tham khảo" heading and entries are text.
    - D3 ends "Hoàng Liên" / "Theo baoquangnam.vn": author Hoàng Liên, source "baoquangnam.vn".
    - The cloaked address is text (gold keeps it), the cloaking message is not.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from crawler.demo.server import Request, Response, html
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

NAME = "joomla3_gk_newsshow_tct"
PLATFORM = "Joomla 3.9 + GavickPro gk_university + News Show Pro GK5"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Quảng Nam"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
TPL = "gk_university"


@dataclass(frozen=True)
class Menu:
    alias: str
    itemid: int
    title: str
    catid: int
    cat_alias: str
    layout: str  # "blog" (?start=) or "list" (?limitstart=)
    limit: int
    links: int = 0  # blog "# Links" (items-more)


@dataclass(frozen=True)
class Cat:
    id: int
    alias: str
    title: str
    menu: str


MENUS = {
    "tin-tuc": Menu("tin-tuc", 112, "Tin tức - Sự kiện", 8, "tin-tuc-su-kien", "blog", 4, 2),
    "dao-tao-boi-duong": Menu("dao-tao-boi-duong", 118, "Đào tạo - Bồi dưỡng", 11, "dao-tao-boi-duong", "list", 3),
    "nghien-cuu-khoa-hoc": Menu("nghien-cuu-khoa-hoc", 121, "Nghiên cứu khoa học", 14, "nghien-cuu-khoa-hoc", "blog", 4),
}

CATS = {
    9: Cat(9, "tin-hoat-dong", "Tin hoạt động", "tin-tuc"),
    10: Cat(10, "dang-doan-the", "Đảng - Đoàn thể", "tin-tuc"),
    12: Cat(12, "thong-tin-dao-tao", "Thông tin đào tạo", "dao-tao-boi-duong"),
    15: Cat(15, "trao-doi-nghien-cuu", "Trao đổi - Nghiên cứu", "nghien-cuu-khoa-hoc"),
}


def _byline(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


SPACER = Raw("<p>&nbsp;</p>")


# --- the articles ------------------------------------------------------------------------------

A1 = Story(
    id=231,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-khong-tap-trung-tai-huyen-thang-binh",
    title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung tại huyện Thăng Bình",
    cat="9",
    published_at="2026-12-03T15:20:00+07:00",
    summary=(
        "Sáng 03/12, tại Trung tâm Chính trị huyện Thăng Bình, Trường Chính trị tỉnh Quảng Nam tổ chức "
        "khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa học 2026 - 2027 "
        "cho 86 học viên là cán bộ, công chức cấp xã và cán bộ các phòng, ban, đơn vị thuộc huyện."
    ),
    authors=["Thu Hiền"],
    blocks=[
        Img(
            "/images/tin-tuc/2026/12/khai-giang-tc-thang-binh-1.jpg",
            printed="Đồng chí Nguyễn Văn Lợi, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            caption="Đồng chí Nguyễn Văn Lợi, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            style="full",
        ),
        P(
            "Sáng 03/12, tại Trung tâm Chính trị huyện Thăng Bình, Trường Chính trị tỉnh Quảng Nam tổ chức "
            "khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa học 2026 - 2027 "
            "cho 86 học viên là cán bộ, công chức cấp xã và cán bộ các phòng, ban, đơn vị thuộc huyện.",
            "lead",
        ),
        P(
            "Dự lễ khai giảng có đồng chí Nguyễn Văn Lợi, Phó Hiệu trưởng Trường Chính trị tỉnh; đồng chí "
            "Trần Thị Thu Hà, Phó Bí thư Thường trực Huyện ủy Thăng Bình; lãnh đạo Ban Tuyên giáo và Dân vận "
            "Huyện ủy, Trung tâm Chính trị huyện cùng toàn thể học viên lớp học."
        ),
        P(
            "Phát biểu tại lễ khai giảng, đồng chí Phó Hiệu trưởng Nhà trường nhấn mạnh: khóa học nhằm trang "
            "bị cho học viên hệ thống kiến thức cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, quan "
            "điểm, đường lối của Đảng, chính sách, pháp luật của Nhà nước; kỹ năng lãnh đạo, quản lý ở cơ sở, "
            "góp phần xây dựng đội ngũ cán bộ đáp ứng yêu cầu nhiệm vụ trong tình hình mới."
        ),
        Img(
            "/images/tin-tuc/2026/12/khai-giang-tc-thang-binh-2.jpg",
            printed="Quang cảnh lễ khai giảng tại Trung tâm Chính trị huyện Thăng Bình",
            caption="Quang cảnh lễ khai giảng tại Trung tâm Chính trị huyện Thăng Bình",
            style="capjs",
        ),
        P(
            "Chương trình khóa học gồm 4 phần học với 19 học phần, được thực hiện trong thời gian 12 tháng "
            "theo hình thức học tập trung từng đợt vào các ngày cuối tuần. Bên cạnh việc học tập trên lớp, "
            "học viên sẽ đi nghiên cứu thực tế, viết tiểu luận và làm bài thi tốt nghiệp theo quy định."
        ),
        P(
            "Thay mặt học viên, đồng chí Lê Quang Vinh, Chủ tịch UBND xã Bình Triều, lớp trưởng, hứa sẽ chấp "
            "hành nghiêm túc nội quy, quy chế học tập, phát huy tinh thần tự giác, đoàn kết, giúp đỡ nhau hoàn "
            "thành tốt khóa học."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/index.php/tin-tuc/9-tin-hoat-dong/224">Trường Chính trị tỉnh Quảng Nam '
            "tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></em></p>"
        ),
        _byline("<strong>Thu Hiền</strong>"),
    ],
    opts={
        "created": "2026-12-03 10:05",
        "publish": "2026-12-03 15:20",
        "modified": "2026-12-04 08:12",
        "hits": 156,
        "createdby": "Quản trị viên",
        "thumb": "/images/tin-tuc/2026/12/khai-giang-tc-thang-binh-1.jpg",
        "comments": [
            ("Nguyễn Hữu Phước", "03/12/2026 20:41", "Chúc lớp học thành công tốt đẹp, các anh chị học viên học tập tốt!"),
        ],
    },
)

A2 = Story(
    id=228,
    slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-giang-day-bai-hoc-kinh-nghiem-thuc-tien-cua-dia-phuong",
    title="Hội thảo khoa học “Nâng cao chất lượng giảng dạy bài học kinh nghiệm thực tiễn của địa phương”",
    cat="9",
    published_at="2026-11-27T08:45:00+07:00",
    summary=(
        "Ngày 26/11, Trường Chính trị tỉnh Quảng Nam tổ chức Hội thảo khoa học cấp Trường với chủ đề "
        "“Nâng cao chất lượng giảng dạy bài học kinh nghiệm thực tiễn của địa phương trong chương trình "
        "Trung cấp lý luận chính trị”."
    ),
    authors=["Minh Quân"],
    photographers=["Minh Quân"],
    blocks=[
        P(
            "Ngày 26/11, Trường Chính trị tỉnh Quảng Nam tổ chức Hội thảo khoa học cấp Trường với chủ đề "
            "“Nâng cao chất lượng giảng dạy bài học kinh nghiệm thực tiễn của địa phương trong chương trình "
            "Trung cấp lý luận chính trị”.",
            "lead",
        ),
        P(
            "Hội thảo nhận được 24 tham luận của cán bộ, giảng viên các khoa, phòng trong Nhà trường và giảng "
            "viên kiêm chức các Trung tâm Chính trị cấp huyện. Các ý kiến tập trung làm rõ vị trí, vai trò của "
            "việc đưa nội dung thực tiễn địa phương vào bài giảng; thực trạng biên soạn, giảng dạy các chuyên "
            "đề về tình hình, kinh nghiệm thực tiễn của tỉnh thời gian qua."
        ),
        Img(
            "/images/tin-tuc/2026/11/hoi-thao-khoa-hoc-01.jpg",
            printed="(Các đại biểu tham dự Hội thảo)",
            caption="Các đại biểu tham dự Hội thảo",
            style="jcetable",
        ),
        P(
            "Nhiều tham luận chỉ ra rằng, việc cập nhật số liệu, mô hình hay, cách làm hiệu quả của các địa "
            "phương trong tỉnh giúp bài giảng sinh động, gắn lý luận với thực tiễn, tạo hứng thú cho học viên. "
            "Tuy nhiên, nguồn tư liệu còn phân tán, một số giảng viên trẻ còn hạn chế về kinh nghiệm thực tế."
        ),
        P(
            "“Mỗi giảng viên phải là người am hiểu thực tiễn địa phương, thường xuyên đi cơ sở để bài giảng "
            "có sức thuyết phục”, đồng chí Hiệu trưởng Nhà trường nhấn mạnh khi kết luận Hội thảo.",
            "quote",
        ),
        Img(
            "/images/tin-tuc/2026/11/hoi-thao-khoa-hoc-02.jpg",
            printed="(Đồng chí Hiệu trưởng phát biểu kết luận Hội thảo)",
            caption="Đồng chí Hiệu trưởng phát biểu kết luận Hội thảo",
            style="jcetable",
        ),
        P(
            "Kết thúc Hội thảo, Ban Tổ chức tiếp thu các ý kiến đóng góp để hoàn thiện bộ tư liệu phục vụ "
            "giảng dạy, đồng thời đề xuất Nhà trường phối hợp với các sở, ngành xây dựng cơ sở dữ liệu về "
            "thực tiễn địa phương trong năm 2027."
        ),
        _byline("<em><strong>Tin, ảnh: Minh Quân</strong></em>"),
    ],
    opts={
        "created": "2026-11-26 17:40",
        "publish": "2026-11-27 08:45",
        "hits": 243,
        "createdby": "quantri_tct",
        "thumb": "/images/tin-tuc/2026/11/hoi-thao-khoa-hoc-01.jpg",
    },
)

A3 = Story(
    id=224,
    slug="truong-chinh-tri-tinh-quang-nam-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Trường Chính trị tỉnh Quảng Nam tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="9",
    published_at="2026-11-20T09:00:00+07:00",
    authors=["Lê Thị Kim Oanh"],
    photographers=["Hoàng Sơn"],
    blocks=[
        P(
            "Sáng ngày 19/11/2026, Trường Chính trị tỉnh Quảng Nam long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự có đại diện lãnh đạo Ban Tuyên giáo và Dân "
            "vận Tỉnh ủy, Sở Giáo dục và Đào tạo, Sở Nội vụ cùng các thế hệ nhà giáo nguyên là lãnh đạo, "
            "giảng viên của Trường qua các thời kỳ."
        ),
        Img(
            "/images/tin-tuc/2026/11/ky-niem-20-11-a.jpg",
            printed="Các đại biểu dự Lễ kỷ niệm",
            caption="Các đại biểu dự Lễ kỷ niệm",
            style="lazy",
        ),
        P(
            "Tại buổi lễ, đồng chí Hiệu trưởng Nhà trường ôn lại truyền thống vẻ vang của Ngày Nhà giáo Việt "
            "Nam và khẳng định những kết quả nổi bật mà tập thể cán bộ, giảng viên Nhà trường đạt được trong "
            "năm học vừa qua. Nhà trường đã tổ chức đào tạo, bồi dưỡng cho hơn 4.200 lượt học viên, trong đó "
            "có 1.350 học viên các lớp trung cấp lý luận chính trị - hành chính."
        ),
        Raw("{loadposition baivietlienquan}"),
        P(
            "Công tác nghiên cứu khoa học tiếp tục được quan tâm với 2 đề tài cấp tỉnh, 8 đề tài cấp cơ sở "
            "được nghiệm thu; hoạt động đi thực tế, dự giờ, thao giảng của đội ngũ giảng viên được duy trì "
            "nền nếp. Chất lượng giảng dạy từng bước được nâng lên, nhiều giảng viên đạt danh hiệu giảng viên "
            "dạy giỏi cấp Trường."
        ),
        Img("/images/tin-tuc/2026/11/ky-niem-20-11-b.jpg", printed="Ảnh: Hoàng Sơn", caption=None, style="lazy"),
        P(
            "Dịp này, Nhà trường trao Giấy khen của Hiệu trưởng cho 12 tập thể và cá nhân có thành tích xuất "
            "sắc trong phong trào thi đua “Dạy tốt - Học tốt” năm 2026; đồng thời tổ chức gặp mặt, tri ân các "
            "thầy giáo, cô giáo đã nghỉ hưu."
        ),
        P(
            "Phát biểu chúc mừng, đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị Nhà trường tiếp "
            "tục đổi mới nội dung, phương pháp giảng dạy, nâng cao chất lượng đội ngũ, xứng đáng là trung tâm "
            "đào tạo, bồi dưỡng cán bộ của tỉnh."
        ),
    ],
    opts={
        "created": "2026-11-19 16:30",
        "publish": "2026-11-20 09:00",
        "modified": "2026-11-21 10:02",
        "hits": 1287,
        "createdby": "ThS. Lê Thị Kim Oanh",
        "thumb": "/images/tin-tuc/2026/11/ky-niem-20-11-a.jpg",
        "related": [228, 226],
        "comments": [
            ("Cựu học viên K78", "20/11/2026 07:15", "Kính chúc quý thầy cô Nhà trường luôn mạnh khỏe, hạnh phúc!"),
            ("Trần Minh Đức", "20/11/2026 21:02", "Nhớ mãi những ngày học tập tại Trường. Tri ân thầy cô."),
        ],
    },
)

A4 = Story(
    id=219,
    slug="doan-cong-tac-truong-chinh-tri-tinh-quang-nam-nghien-cuu-thuc-te-tai-tinh-kon-tum",
    title="Đoàn công tác Trường Chính trị tỉnh Quảng Nam nghiên cứu thực tế tại tỉnh Kon Tum",
    cat="9",
    published_at="2026-11-12",
    authors=["Phòng Tổ chức - Hành chính"],
    blocks=[
        P(
            "Từ ngày 05 đến ngày 08/11/2026, Đoàn công tác Trường Chính trị tỉnh Quảng Nam do đồng chí Phó "
            "Hiệu trưởng Nhà trường làm trưởng đoàn đã đi nghiên cứu thực tế, trao đổi kinh nghiệm tại Trường "
            "Chính trị tỉnh Kon Tum và một số địa phương trong tỉnh."
        ),
        P(
            "Tại buổi làm việc, hai bên đã trao đổi kinh nghiệm về công tác quản lý đào tạo, đổi mới phương "
            "pháp giảng dạy, xây dựng đội ngũ giảng viên đạt chuẩn và công tác kiểm định chất lượng theo "
            "tiêu chí trường chính trị chuẩn mức 1."
        ),
        Img(
            "/images/tin-tuc/2026/11/thuc-te-kon-tum.jpg",
            printed="Đoàn công tác chụp ảnh lưu niệm tại Khu di tích lịch sử Ngục Kon Tum",
            caption="Đoàn công tác chụp ảnh lưu niệm tại Khu di tích lịch sử Ngục Kon Tum",
            style="nextem",
        ),
        P(
            "Đoàn đã đến dâng hương tại Khu di tích lịch sử Ngục Kon Tum, tìm hiểu mô hình phát triển du lịch "
            "cộng đồng tại làng Kon K’Tu và cách làm hay trong công tác dân vận ở vùng đồng bào dân tộc thiểu số."
        ),
        P(
            "Chuyến đi giúp cán bộ, giảng viên bổ sung nhiều tư liệu thực tiễn quý báu phục vụ công tác giảng "
            "dạy, nghiên cứu, nhất là các chuyên đề về công tác dân tộc, tôn giáo và phát triển kinh tế - xã hội "
            "vùng miền núi."
        ),
        _byline("<em>Phòng Tổ chức - Hành chính</em>"),
    ],
    opts={
        "created": "2026-11-11 17:20",
        "publish": "2026-11-12 00:00",
        "hits": 402,
        "createdby": "quantri_tct",
        "thumb": "/images/tin-tuc/2026/11/thuc-te-kon-tum.jpg",
        "nfd": True,
    },
)

A5 = Story(
    id=212,
    slug="to-chuc-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    title="Tổ chức Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
    cat="9",
    published_at="2026-10-22T16:10:00+07:00",
    summary=(
        "Từ ngày 15 đến ngày 21/10/2026, Trường Chính trị tỉnh Quảng Nam tổ chức Hội thi giảng viên dạy "
        "giỏi cấp Trường năm 2026 với sự tham gia của 9 giảng viên đến từ các khoa chuyên môn."
    ),
    authors=["Võ Văn Tường"],
    blocks=[
        P(
            "Từ ngày 15 đến ngày 21/10/2026, Trường Chính trị tỉnh Quảng Nam tổ chức Hội thi giảng viên dạy "
            "giỏi cấp Trường năm 2026 với sự tham gia của 9 giảng viên đến từ các khoa chuyên môn.",
            "lead",
        ),
        P(
            "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ sư phạm của đội ngũ giảng viên; tạo điều kiện "
            "để giảng viên trao đổi, học tập kinh nghiệm, đổi mới phương pháp giảng dạy theo hướng phát huy "
            "tính tích cực của người học."
        ),
        P(
            "Mỗi giảng viên trình bày một bài giảng lý thuyết trên lớp trong thời gian 90 phút và bảo vệ hồ sơ "
            "bài giảng trước Ban Giám khảo. Các bài giảng được chuẩn bị công phu, cập nhật nhiều tư liệu thực "
            "tiễn của tỉnh Quảng Nam."
        ),
        P("Kết quả, Ban Tổ chức trao giải cho các giảng viên như sau:"),
        P("STT | Họ và tên | Khoa | Giải thưởng", "row"),
        P("1 | Nguyễn Thị Mỹ Linh | Lý luận cơ sở | Giải Nhất", "row"),
        P("2 | Trương Công Định | Xây dựng Đảng | Giải Nhì", "row"),
        P("3 | Huỳnh Thị Bích Trâm | Nhà nước và pháp luật | Giải Ba", "row"),
        P(
            "Phát biểu bế mạc, đồng chí Hiệu trưởng đề nghị các giảng viên đạt giải tiếp tục phát huy, lan tỏa "
            "kinh nghiệm trong các tổ bộ môn để nâng cao chất lượng giảng dạy chung của Nhà trường."
        ),
        _byline("<strong>Võ Văn Tường - Khoa Nhà nước và pháp luật</strong>"),
    ],
    opts={
        "created": "2026-10-22 15:02",
        "publish": "2026-10-22 16:10",
        "hits": 98,
        "createdby": "Quản trị viên",
        "thumb": "/images/tin-tuc/2026/10/hoi-thi-gvdg.jpg",
    },
)

B1 = Story(
    id=226,
    slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
    title=(
        "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách "
        "Hồ Chí Minh” quý IV năm 2026"
    ),
    cat="10",
    published_at="2026-11-24T19:30:00+07:00",
    authors=["Trần Văn Quý"],
    blocks=[
        P(
            "Chiều ngày 24/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026 với "
            "chủ đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về nêu gương của cán bộ, "
            "đảng viên”. Đồng chí Bí thư Đảng ủy Nhà trường dự và chỉ đạo buổi sinh hoạt."
        ),
        P(
            "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ quán triệt những nội dung cơ bản trong tư tưởng Hồ Chí "
            "Minh về vai trò nêu gương, trong đó nhấn mạnh lời căn dặn của Người:"
        ),
        P("“Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền”.", "quote"),
        P(
            "Các đảng viên trong Chi bộ đã thảo luận sôi nổi, liên hệ trách nhiệm của bản thân trong giảng dạy, "
            "nghiên cứu khoa học và trong sinh hoạt hằng ngày; đề xuất nhiều việc làm cụ thể như nâng cao chất "
            "lượng bài giảng, thực hiện nghiêm giờ giấc lên lớp, tích cực đi cơ sở."
        ),
        P(
            "Kết luận buổi sinh hoạt, đồng chí Bí thư Đảng ủy ghi nhận tinh thần nghiêm túc của Chi bộ và đề "
            "nghị mỗi đảng viên đăng ký ít nhất một việc làm theo gương Bác để thực hiện trong năm 2027."
        ),
        _byline("<em>Trần Văn Quý - Chi bộ Khoa Xây dựng Đảng</em>"),
    ],
    opts={
        "created": "2026-11-24 19:30",
        "publish": "2026-11-24 19:30",
        "hits": 876,
        "createdby": "quantri_tct",
        "thumb": "/images/tin-tuc/2026/11/sinh-hoat-chuyen-de-q4.jpg",
        "tags": [(3, "hoc-tap-va-lam-theo-bac", "Học tập và làm theo Bác")],
    },
)

B2 = Story(
    id=215,
    slug="cong-doan-truong-trao-thuong-cho-con-can-bo-doan-vien-dat-thanh-tich-cao-trong-hoc-tap",
    title="Công đoàn Trường trao thưởng cho con cán bộ, đoàn viên đạt thành tích cao trong học tập năm học 2025 - 2026",
    cat="10",
    published_at="2026-10-30T10:00:00+07:00",
    authors=["Ngọc Trâm"],
    photographers=["Đức Huy"],
    blocks=[
        P(
            "Sáng 29/10, Công đoàn Trường Chính trị tỉnh Quảng Nam tổ chức trao thưởng cho con cán bộ, đoàn viên "
            "công đoàn đạt thành tích cao trong học tập năm học 2025 - 2026.",
            "br",
        ),
        P("Năm nay có 27 cháu được khen thưởng, trong đó:", "br"),
        P("Học sinh giỏi cấp tỉnh trở lên: 4 cháu;", "li"),
        P("Học sinh xuất sắc, học sinh giỏi các cấp học: 19 cháu;", "li"),
        P("Sinh viên trúng tuyển đại học: 4 cháu.", "li"),
        Img(
            "/images/tin-tuc/2026/10/trao-thuong-con-cbvc.jpg",
            printed="Ban Chấp hành Công đoàn trao thưởng cho các cháu",
            caption="Ban Chấp hành Công đoàn trao thưởng cho các cháu",
            style="capjs",
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Chủ tịch Công đoàn Trường biểu dương sự nỗ lực của các cháu và sự "
            "quan tâm của các gia đình, mong các cháu tiếp tục phấn đấu học tập tốt, rèn luyện tốt.",
            "br",
        ),
        P("Tổng giá trị phần thưởng là 8,1 triệu đồng, trích từ quỹ phúc lợi của Công đoàn.", "br"),
        _byline("<strong>Tin: Ngọc Trâm - Ảnh: Đức Huy</strong>"),
    ],
    opts={
        "created": "2026-10-29 16:45",
        "publish": "2026-10-30 10:00",
        "hits": 311,
        "createdby": "congdoan",
        "thumb": "/images/tin-tuc/2026/10/trao-thuong-con-cbvc.jpg",
    },
)

C1 = Story(
    id=225,
    slug="van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri-o-truong-chinh-tri-tinh-hien-nay",
    title="Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị ở Trường Chính trị tỉnh hiện nay",
    cat="15",
    published_at="2026-11-25T08:00:00+07:00",
    summary=(
        "Đổi mới phương pháp dạy học theo hướng phát huy tính tích cực, chủ động của người học là yêu cầu "
        "cấp thiết nhằm nâng cao chất lượng đào tạo, bồi dưỡng lý luận chính trị cho đội ngũ cán bộ ở địa "
        "phương."
    ),
    authors=["Huỳnh Thị Ngọc Ánh"],
    blocks=[
        _byline("<strong><em>ThS. Huỳnh Thị Ngọc Ánh</em></strong><br /><em>Khoa Lý luận cơ sở</em>"),
        P(
            "Đổi mới phương pháp dạy học theo hướng phát huy tính tích cực, chủ động của người học là yêu cầu "
            "cấp thiết nhằm nâng cao chất lượng đào tạo, bồi dưỡng lý luận chính trị cho đội ngũ cán bộ ở địa "
            "phương.",
            "lead",
        ),
        P(
            "Học viên các lớp trung cấp lý luận chính trị - hành chính phần lớn là cán bộ, công chức đang công "
            "tác, có kinh nghiệm thực tiễn phong phú. Vì vậy, phương pháp thuyết trình một chiều không còn phù "
            "hợp; người học cần được đặt vào vị trí trung tâm của quá trình dạy học[1]."
        ),
        P(
            "Phương pháp dạy học tích cực là tổng hợp các cách thức tổ chức hoạt động nhằm khơi dậy tính chủ "
            "động, sáng tạo của người học, như nêu vấn đề, thảo luận nhóm, nghiên cứu tình huống, đóng vai."
        ),
        Raw('<hr class="system-pagebreak" title="Thực trạng" alt="Thực trạng" />'),
        P("1. Thực trạng vận dụng phương pháp dạy học tích cực", "h"),
        P(
            "Thời gian qua, đội ngũ giảng viên Nhà trường đã chủ động kết hợp thuyết trình với nêu vấn đề, thảo "
            "luận nhóm; nhiều bài giảng sử dụng tình huống lấy từ thực tiễn quản lý ở cơ sở của tỉnh Quảng Nam."
        ),
        P(
            "Tuy nhiên, việc vận dụng còn chưa đồng đều giữa các khoa; thời lượng chương trình dày, sĩ số lớp "
            "đông, điều kiện cơ sở vật chất ở một số Trung tâm Chính trị cấp huyện còn hạn chế[2]."
        ),
        Raw('<hr class="system-pagebreak" title="Giải pháp" alt="Giải pháp" />'),
        P("2. Một số giải pháp", "h"),
        P(
            "Một là, nâng cao nhận thức và năng lực sư phạm của giảng viên thông qua bồi dưỡng định kỳ, dự giờ, "
            "thao giảng. Hai là, xây dựng ngân hàng tình huống gắn với thực tiễn địa phương. Ba là, đổi mới "
            "kiểm tra, đánh giá theo hướng đánh giá năng lực vận dụng của học viên."
        ),
        P("Tài liệu tham khảo", "h"),
        P("[1] Học viện Chính trị quốc gia Hồ Chí Minh: Giáo trình Phương pháp giảng dạy lý luận chính trị, Nxb. Lý luận chính trị, Hà Nội, 2021, tr.45."),
        P("[2] Trường Chính trị tỉnh Quảng Nam: Báo cáo tổng kết năm học 2025 - 2026, tr.12."),
    ],
    opts={
        "created": "2026-11-24 16:00",
        "publish": "2026-11-25 08:00",
        "hits": 265,
        "createdby": "quantri_tct",
        "thumb": "/images/nckh/2026/phuong-phap-day-hoc-tich-cuc.jpg",
    },
)

C2 = Story(
    id=217,
    slug="mot-so-giai-phap-nang-cao-chat-luong-boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi-o-co-so",
    title="Một số giải pháp nâng cao chất lượng bồi dưỡng lý luận chính trị cho đảng viên mới ở cơ sở",
    cat="15",
    published_at="2026-11-05T15:45:00+07:00",
    authors=["Đoàn Văn Dũng"],
    blocks=[
        P(
            "Bồi dưỡng lý luận chính trị cho đảng viên mới là khâu quan trọng, góp phần hình thành bản lĩnh "
            "chính trị, ý thức tổ chức kỷ luật ngay từ khi người đảng viên được kết nạp vào Đảng.",
            "mso",
        ),
        P(
            "Những năm qua, các Trung tâm Chính trị cấp huyện trên địa bàn tỉnh đã phối hợp với Trường Chính trị "
            "tỉnh tổ chức hàng chục lớp bồi dưỡng cho hàng nghìn đảng viên mới. Nội dung chương trình cơ bản bám "
            "sát quy định của Ban Tuyên giáo Trung ương.",
            "mso",
        ),
        P(
            "Tuy vậy, chất lượng bồi dưỡng ở một số nơi chưa cao; phương pháp truyền đạt còn nặng về lý thuyết, "
            "chưa gắn với nhiệm vụ cụ thể của chi bộ; việc theo dõi, đánh giá đảng viên sau bồi dưỡng chưa "
            "được chú trọng.",
            "mso",
        ),
        P(
            "Để nâng cao chất lượng, cần tập trung vào một số giải pháp: chuẩn hóa đội ngũ báo cáo viên, giảng "
            "viên kiêm chức; đổi mới nội dung theo hướng thiết thực; tăng cường trao đổi, đối thoại trên lớp; "
            "gắn kết quả học tập với việc đánh giá đảng viên dự bị.",
            "mso",
        ),
        P(
            "Bên cạnh đó, cấp ủy cơ sở cần phân công đảng viên chính thức giúp đỡ đảng viên mới, tạo môi trường "
            "để đảng viên mới rèn luyện, trưởng thành trong thực tiễn.",
            "mso",
        ),
        _byline("<strong>TS. Đoàn Văn Dũng</strong><br /><em>Phó Trưởng khoa Xây dựng Đảng</em>"),
    ],
    opts={
        "created": "2026-11-05 09:10",
        "publish": "2026-11-05 15:45",
        "modified": "2026-11-06 07:58",
        "hits": 1043,
        "createdby": "quantri_tct",
        "thumb": "/images/nckh/2026/boi-duong-dang-vien-moi.jpg",
    },
)

D1 = Story(
    id=233,
    slug="thong-bao-lich-thi-tot-nghiep-lop-trung-cap-llct-hc-khoa-94",
    title="Thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 94",
    cat="12",
    published_at="2026-12-02",
    authors=["Nguyễn Văn Lợi"],
    blocks=[
        Raw(
            '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
            '<td style="width: 45%; text-align: center;">TỈNH ỦY QUẢNG NAM<br /><strong>TRƯỜNG CHÍNH TRỊ</strong>'
            "<br />*<br />Số 215-TB/TCT</td>"
            '<td style="width: 55%; text-align: center;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br />'
            "<br /><em>Quảng Nam, ngày 02 tháng 12 năm 2026</em></td></tr></tbody></table>"
        ),
        Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'),
        Raw(
            '<p style="text-align: center;"><strong>Lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành '
            "chính<br />hệ không tập trung khóa 94 (tổ chức tại huyện Duy Xuyên)</strong></p>"
        ),
        Raw('<p style="text-align: center;">-----</p>'),
        P(
            "Căn cứ Kế hoạch số 148-KH/TCT ngày 15/01/2026 của Trường Chính trị tỉnh về đào tạo, bồi dưỡng năm "
            "2026; căn cứ tiến độ thực hiện chương trình lớp Trung cấp lý luận chính trị - hành chính hệ không "
            "tập trung khóa 94 tại huyện Duy Xuyên,"
        ),
        P("Trường Chính trị tỉnh thông báo lịch thi tốt nghiệp như sau:"),
        P("1. Thời gian: Ngày 12/12/2026 (thứ Bảy), buổi sáng thi môn Nội dung chuyên đề, buổi chiều thi môn Vận dụng."),
        P("2. Địa điểm: Hội trường Trung tâm Chính trị huyện Duy Xuyên."),
        P("3. Hình thức thi: Viết tự luận, thời gian làm bài 180 phút/môn."),
        P(
            "Đề nghị Trung tâm Chính trị huyện Duy Xuyên thông báo đến học viên, chuẩn bị hội trường và phối hợp "
            "với Phòng Quản lý đào tạo tổ chức kỳ thi đảm bảo nghiêm túc, đúng quy chế."
        ),
        Raw(
            '<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%; vertical-align: top;">'
            "<strong><em>Nơi nhận:</em></strong><br />- Ban Giám hiệu;<br />- TTCT huyện Duy Xuyên;<br />"
            "- Các khoa, phòng;<br />- Lưu VT, QLĐT.</td>"
            '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>K/T HIỆU TRƯỞNG<br />'
            "PHÓ HIỆU TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Lợi</strong>"
            "</td></tr></tbody></table>"
        ),
    ],
    opts={
        "created": "2026-12-04 16:30",
        "publish": "2026-12-04 16:45",
        "hits": 129,
        "createdby": "phongdaotao",
        "thumb": "/images/thong-bao/thong-bao-icon.png",
        "attachments": [(41, "215-TB-TCT-lich-thi-tot-nghiep-K94.pdf", "Thông báo số 215-TB/TCT", "212 Kb")],
    },
)

D2 = Story(
    id=229,
    slug="trien-khai-ke-hoach-dao-tao-boi-duong-can-bo-nam-2027",
    title="Triển khai kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027",
    cat="12",
    published_at="2026-11-28T07:30:00+07:00",
    summary=(
        "Năm 2027, Trường Chính trị tỉnh Quảng Nam dự kiến mở 38 lớp đào tạo, bồi dưỡng với khoảng 3.600 "
        "lượt học viên, tăng 6 lớp so với năm 2026."
    ),
    authors=["Phòng Quản lý đào tạo"],
    blocks=[
        P(
            "Năm 2027, Trường Chính trị tỉnh Quảng Nam dự kiến mở 38 lớp đào tạo, bồi dưỡng với khoảng 3.600 "
            "lượt học viên, tăng 6 lớp so với năm 2026.",
            "lead",
        ),
        P(
            "Theo kế hoạch, Nhà trường sẽ mở 14 lớp Trung cấp lý luận chính trị - hành chính (trong đó 4 lớp hệ "
            "tập trung tại Trường và 10 lớp hệ không tập trung tại các huyện, thị xã, thành phố), 2 lớp bồi "
            "dưỡng ngạch chuyên viên, 1 lớp bồi dưỡng ngạch chuyên viên chính và 21 lớp bồi dưỡng chức danh, "
            "nghiệp vụ cho cán bộ cơ sở."
        ),
        P(
            "Các cơ quan, đơn vị, địa phương căn cứ kế hoạch để rà soát, lập danh sách cán bộ cử đi học, gửi về "
            "Nhà trường trước ngày 31/12/2026 để tổng hợp, bố trí lớp học phù hợp."
        ),
        P(
            "Mọi thông tin chi tiết, đề nghị liên hệ Phòng Quản lý đào tạo, Trường Chính trị tỉnh Quảng Nam, "
            "điện thoại 0235.3812.467 hoặc email daotao.truongchinhtri@quangnam.gov.vn để được hướng dẫn.",
            "cloak",
        ),
        _byline("<em><strong>Phòng Quản lý đào tạo</strong></em>"),
    ],
    opts={
        "created": "2026-11-27 15:20",
        "publish": "2026-11-28 07:30",
        "hits": 388,
        "createdby": "phongdaotao",
        "thumb": "/images/thong-bao/ke-hoach-2027.jpg",
        "attachments": [
            (38, "KH-dao-tao-boi-duong-nam-2027.pdf", "Kế hoạch đào tạo, bồi dưỡng năm 2027", "486 Kb"),
            (39, "Mau-danh-sach-cu-di-hoc.doc", "Mẫu danh sách cử cán bộ đi học", "48 Kb"),
        ],
    },
)

D3 = Story(
    id=221,
    slug="be-giang-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-2024-2026-tai-quang-nam",
    title="Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2024 - 2026 tại Quảng Nam",
    cat="12",
    published_at="2026-11-16T14:00:00+07:00",
    authors=["Hoàng Liên"],
    source="baoquangnam.vn",
    blocks=[
        P(
            "Ngày 15/11, Học viện Chính trị khu vực III phối hợp với Trường Chính trị tỉnh Quảng Nam tổ chức bế "
            "giảng và trao bằng tốt nghiệp lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2024 - 2026 "
            "cho 97 học viên."
        ),
        P(
            "Sau 2 năm học tập, các học viên đã hoàn thành chương trình gồm 4 khối kiến thức với 15 học phần. "
            "Kết quả có 21 học viên tốt nghiệp loại giỏi, 76 học viên tốt nghiệp loại khá; nhiều khóa luận "
            "đề cập những vấn đề thực tiễn của địa phương."
        ),
        Img(
            "/images/tin-tuc/2026/11/be-giang-cao-cap-k2024.jpg",
            printed="Trao bằng tốt nghiệp cho các học viên",
            caption="Trao bằng tốt nghiệp cho các học viên",
            style="capjs",
        ),
        P(
            "Phát biểu tại lễ bế giảng, đại diện lãnh đạo Học viện đề nghị các học viên tiếp tục tự học, tự rèn "
            "luyện, vận dụng sáng tạo kiến thức đã học vào thực tiễn công tác tại cơ quan, đơn vị."
        ),
        _byline("<strong>Hoàng Liên</strong>"),
        _byline("<em>Theo baoquangnam.vn</em>"),
    ],
    opts={
        "created": "2026-11-16 14:00",
        "publish": "2026-11-16 14:00",
        "hits": 954,
        "createdby": "Quản trị viên",
        "thumb": "/images/tin-tuc/2026/11/be-giang-cao-cap-k2024.jpg",
    },
)

D4 = Story(
    id=209,
    slug="lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-92-nghien-cuu-thuc-te-tai-huyen-nam-tra-my",
    title="Lớp Trung cấp lý luận chính trị - hành chính khóa 92 nghiên cứu thực tế tại huyện Nam Trà My",
    cat="12",
    published_at="2026-10-15T10:20:00+07:00",
    authors=["Phan Minh Trí"],
    blocks=[
        P(
            "Từ ngày 12 đến 14/10/2026, 65 học viên lớp Trung cấp lý luận chính trị - hành chính hệ tập trung "
            "khóa 92 đã đi nghiên cứu thực tế tại huyện Nam Trà My theo chương trình đào tạo."
        ),
        P(
            "Đoàn đã làm việc với lãnh đạo Huyện ủy, UBND huyện để nghe báo cáo tình hình phát triển kinh tế - "
            "xã hội, công tác xây dựng Đảng và hệ thống chính trị; kết quả thực hiện các chương trình mục tiêu "
            "quốc gia ở vùng đồng bào dân tộc thiểu số."
        ),
        Img(
            "/images/tin-tuc/2026/10/thuc-te-nam-tra-my-1.jpg",
            printed="Học viên tìm hiểu mô hình trồng sâm Ngọc Linh tại xã Trà Linh",
            caption="Học viên tìm hiểu mô hình trồng sâm Ngọc Linh tại xã Trà Linh",
            style="nextem",
        ),
        P(
            "Học viên được tham quan vùng trồng sâm Ngọc Linh, tìm hiểu chuỗi giá trị dược liệu và công tác bảo "
            "vệ rừng gắn với sinh kế của người dân."
        ),
        Img(
            "/images/tin-tuc/2026/10/thuc-te-nam-tra-my-2.jpg",
            printed="Làm việc với lãnh đạo huyện Nam Trà My",
            caption="Làm việc với lãnh đạo huyện Nam Trà My",
            style="nextem",
        ),
        P(
            "Qua đợt nghiên cứu thực tế, học viên có thêm tư liệu để hoàn thành tiểu luận, đồng thời hiểu rõ hơn "
            "những khó khăn, thách thức và tiềm năng phát triển của huyện miền núi."
        ),
        _byline("<strong>Phan Minh Trí</strong>"),
    ],
    opts={
        "created": "2026-10-15 10:20",
        "publish": "2026-10-15 10:20",
        "hits": 87,
        "createdby": "phongdaotao",
        "thumb": "/images/tin-tuc/2026/10/thuc-te-nam-tra-my-1.jpg",
    },
)

STORIES = [A1, A2, A3, A4, A5, B1, B2, C1, C2, D1, D2, D3, D4]
BY_ID = {s.id: s for s in STORIES}


# --- dates, URLs -------------------------------------------------------------------------------

_WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _d(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def lc2(value: str) -> str:
    """Joomla vi-VN DATE_FORMAT_LC2 ("l, d F Y H:i"): "Thứ năm, 03 Tháng 12 2026 15:20"."""
    d = _d(value)
    return f"{_WD[d.weekday()]}, {d:%d} Tháng {d.month} {d:%Y %H:%M}"


def iso(value: str) -> str:
    return _d(value).strftime("%Y-%m-%dT%H:%M:%S+07:00")


def dmy(value: str, sep: str = "/") -> str:
    return _d(value).strftime(f"%d{sep}%m{sep}%Y")


def cat_of(story: Story) -> Cat:
    return CATS[int(story.cat)]


def sef(story: Story) -> str:
    c = cat_of(story)
    return f"/{c.menu}/{c.id}-{c.alias}/{story.id}-{story.slug}"


def print_url(story: Story) -> str:
    return sef(story) + "?tmpl=component&print=1&layout=default"


def vote_url(story: Story) -> str:
    return sef(story) + "?hitcount=0"


def nonsef(story: Story) -> str:
    c = cat_of(story)
    return f"/index.php?option=com_content&view=article&id={story.id}&catid={c.id}&Itemid={MENUS[c.menu].itemid}"


def mailto_hash(story: Story) -> str:
    return hashlib.sha1(sef(story).encode()).hexdigest()


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["publish"], reverse=True)


def in_cat(catid: int) -> list[Story]:
    return newest([s for s in STORIES if int(s.cat) == catid])


def in_menu(menu: str) -> list[Story]:
    return newest([s for s in STORIES if cat_of(s).menu == menu])


def intro_of(story: Story) -> str:
    if story.summary:
        return story.summary
    return next(b.text for b in story.blocks if isinstance(b, P))


def short(value: str, n: int = 150) -> str:
    if len(value) <= n:
        return value
    return value[:n].rsplit(" ", 1)[0] + "..."


def rt(story: Story) -> str:
    """The title as stored (decomposed for the story pasted in NFD)."""
    return unicodedata.normalize("NFD", story.title) if story.opts.get("nfd") else story.title


def t(story: Story, value: str) -> str:
    """Escaped text, decomposed for the story pasted in NFD."""
    return text(value, nfd=bool(story.opts.get("nfd")))


# --- article text ------------------------------------------------------------------------------

_VOWELS = {"a": "&#97;", "e": "&#101;", "i": "&#105;", "o": "&#111;", "u": "&#117;"}
_EMAIL = re.compile(r"[\w.]+@[\w.]+\w")


def _enc(value: str) -> str:
    return "".join(_VOWELS.get(c, c) for c in value)


def cloak(email: str) -> str:
    """Joomla 3.9 JHtmlEmail::cloak output."""
    h = hashlib.md5(email.encode()).hexdigest()
    user, domain = email.split("@")
    dom = "' + '&#46;' + '".join(_enc(p) for p in domain.split("."))
    return (
        f'<span id="cloak{h}">Địa chỉ email này đang được bảo vệ từ chương trình chống thư rác. Bạn cần bật '
        f"JavaScript để xem nó.</span><script type='text/javascript'>\n"
        f"\t\t\t\tdocument.getElementById('cloak{h}').innerHTML = '';\n"
        f"\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        f"\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{h} = '{_enc(user)}' + '&#64;';\n"
        f"\t\t\t\taddy{h} = addy{h} + '{dom}';\n"
        f"\t\t\t\tvar addy_text{h} = '{_enc(user)}' + '&#64;' + '{dom}';"
        f"document.getElementById('cloak{h}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + addy{h} "
        f"+ '\\'>'+addy_text{h}+'<\\/a>';\n\t\t</script>"
    )


def _p(story: Story, p: P) -> str:
    if p.style == "cloak":
        m = _EMAIL.search(p.text)
        assert m is not None
        inner = t(story, p.text[: m.start()]) + cloak(m.group()) + t(story, p.text[m.end():])
        return f'<p style="text-align: justify;">{inner}</p>'
    body = t(story, p.text)
    if p.style == "lead":
        return f'<p style="text-align: justify;"><strong>{body}</strong></p>'
    if p.style == "h":
        return f'<h3 style="text-align: justify;"><strong>{body}</strong></h3>'
    if p.style == "quote":
        return f'<blockquote><p style="text-align: justify;"><em>{body}</em></p></blockquote>'
    if p.style == "mso":
        body = body.replace(" đảng viên", "&nbsp;đảng viên", 1)
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            'line-height:130%"><span lang="VI" style="font-size:14.0pt;line-height:130%;'
            f'font-family:&quot;Times New Roman&quot;,serif">{body}<o:p></o:p></span></p>'
        )
    return f'<p style="text-align: justify;">{body}</p>'


def _img(story: Story, img: Img) -> str:
    src = esc(img.src)
    alt = esc(img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    printed = esc(img.printed or "")
    if img.style in ("capjs", "full"):
        if img.style == "full":
            return (
                f'<div class="pull-none item-image"> <img class="caption" title="{printed}" src="{src}" '
                f'alt="{alt}" itemprop="image"/> </div>'
            )
        return (
            '<p style="text-align: center;"><img class="caption" style="display: block; margin-left: auto; '
            f'margin-right: auto;" title="{printed}" src="{src}" alt="{alt}" width="700" height="466" /></p>'
        )
    if img.style == "jcetable":
        return (
            '<table class="tbl-anh" style="margin-left: auto; margin-right: auto; width: 700px;" border="0" '
            f'cellpadding="3"><tbody><tr><td><img src="{src}" alt="{alt}" width="694" height="462" /></td></tr>'
            '<tr><td style="text-align: center;"><span style="font-size: 10pt; color: #333399;"><em>'
            f"{printed}</em></span></td></tr></tbody></table>"
        )
    if img.style == "lazy":
        ph = (
            "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMC"
            "A3MDAgNDY2Ij48L3N2Zz4="
        )
        out = (
            f'<p style="text-align: center;"><img src="{ph}" data-src="{src}" class="jch-lazyload" alt="{alt}" '
            f'width="700" height="466" /><noscript><img src="{src}" alt="{alt}" width="700" height="466" />'
            "</noscript></p>"
        )
        if img.printed:
            out += f'<p style="text-align: center;"><em>{printed}</em></p>'
        return out
    out = f'<p style="text-align: center;"><img src="{src}" alt="{alt}" width="700" height="466" /></p>'
    if img.printed:
        out += f'<p style="text-align: center;"><span style="font-size: 10pt;"><em>{printed}</em></span></p>'
    return out


def related_module(ids: list[int]) -> str:
    items = "".join(
        f'<li><a href="{esc(sef(BY_ID[i]))}">{esc(rt(BY_ID[i]))}</a></li>' for i in ids
    )
    return (
        '<div class="moduletable baivietlienquan"><h3>Bài viết liên quan</h3>'
        f'<ul class="relateditems mod-list">{items}</ul></div>'
    )


def render_blocks(story: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("br", "li", "row"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            run = blocks[i:j]
            if b.style == "br":
                out.append('<p style="text-align: justify;">' + "<br />\n".join(t(story, p.text) for p in run) + "</p>")
            elif b.style == "li":
                out.append("<ul>" + "".join(f"<li>{t(story, p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = []
                for k, p in enumerate(run):
                    cells = p.text.split(" | ")
                    if k == 0:
                        rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{t(story, c)}</strong></td>' for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{t(story, c)}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" border="1" '
                    'cellpadding="4"><tbody>' + "".join(rows) + "</tbody></table>"
                )
            i = j
            continue
        if isinstance(b, P):
            out.append(_p(story, b))
        elif isinstance(b, Img):
            if b.style != "full":
                out.append(_img(story, b))
        elif b.html == "{loadposition baivietlienquan}":
            out.append(related_module(story.opts["related"]))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def split_pages(story: Story) -> list[tuple[str | None, list]]:
    pages: list[tuple[str | None, list]] = [(None, [])]
    for b in story.blocks:
        if isinstance(b, Raw) and "system-pagebreak" in b.html:
            title = re.search(r'title="([^"]*)"', b.html).group(1)
            pages.append((title, []))
        else:
            pages[-1][1].append(b)
    return pages


def attachments(story: Story) -> str:
    rows = []
    for k, (aid, fname, desc, size) in enumerate(story.opts.get("attachments", [])):
        icon = "pdf.gif" if fname.endswith(".pdf") else "word.gif"
        rows.append(
            f'<tr class="{"odd" if k % 2 == 0 else "even"}"><td class="at_filename">'
            f'<a class="at_icon" href="/component/attachments/download/{aid}" title="Tải về tập tin: {esc(fname)}">'
            f'<img src="/components/com_attachments/media/icons/{icon}" alt="" /></a>&nbsp;'
            f'<a class="at_url" href="/component/attachments/download/{aid}" title="Tải về tập tin: {esc(fname)}">{esc(fname)}</a>'
            f'</td><td class="at_description">{esc(desc)}</td><td class="at_file_size">{esc(size)}</td></tr>'
        )
    if not rows:
        return ""
    return (
        f'<div class="attachmentsContainer"><div class="attachmentsList" id="attachmentsList_com_content_default_{story.id}">'
        '<table><caption>Tập tin đính kèm:</caption><tbody>' + "".join(rows) + "</tbody></table></div></div>"
    )


# --- chrome ------------------------------------------------------------------------------------

DESC = (
    "Trường Chính trị tỉnh Quảng Nam - cơ sở đào tạo, bồi dưỡng lý luận chính trị, chuyên môn, nghiệp "
    "vụ cho cán bộ, công chức, viên chức của tỉnh"
)


def _menu(active: str) -> str:
    def li(href: str, label: str, mid: int, cls: str = "", children: list[tuple[str, str, int]] | None = None) -> str:
        klass = " ".join(x for x in (cls, "haschild" if children else "", "active" if href == active else "") if x)
        sub = ""
        if children:
            items = "".join(
                f'<li class="{"first" if k == 0 else ""}"><a href="{h}" id="menu{m}" title="{esc(lb)}">{esc(lb)}</a></li>'
                for k, (h, lb, m) in enumerate(children)
            )
            sub = (
                '<div class="childcontent has-cols-1 "><div class="childcontent-inner">'
                f'<div class="gkcol gkcol1  first"><ul class="gkmenu level1">{items}</ul></div></div></div>'
            )
        return f'<li class="{klass}"><a href="{href}" class=" {klass}" id="menu{mid}" title="{esc(label)}">{esc(label)}</a>{sub}</li>'

    return (
        '<div id="gkMainMenu" class="gkMenuClassic"><nav id="gkExtraMenu" class="gkMenu"><ul class="gkmenu level0">'
        + li("/", "Trang chủ", 101, "first")
        + li("/gioi-thieu", "Giới thiệu", 102, children=[
            ("/gioi-thieu", "Giới thiệu chung", 103),
            ("/gioi-thieu/lich-su-phat-trien", "Lịch sử phát triển", 104),
        ])
        + li("/tin-tuc", "Tin tức - Sự kiện", 112, children=[
            ("/tin-tuc/9-tin-hoat-dong", "Tin hoạt động", 113),
            ("/tin-tuc/10-dang-doan-the", "Đảng - Đoàn thể", 114),
        ])
        + li("/dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", 118, children=[
            ("/dao-tao-boi-duong/12-thong-tin-dao-tao", "Thông tin đào tạo", 119),
        ])
        + li("/nghien-cuu-khoa-hoc", "Nghiên cứu khoa học", 121, children=[
            ("/nghien-cuu-khoa-hoc/15-trao-doi-nghien-cuu", "Trao đổi - Nghiên cứu", 122),
        ])
        + li("/van-ban", "Văn bản", 125)
        + li("/lien-he", "Liên hệ", 130, "last")
        + "</ul></nav></div>"
    )


def breadcrumbs(crumbs: list[tuple[str, str | None]]) -> str:
    items = ['<li>Bạn đang ở: &#160;</li>']
    trail = [("Trang chủ", "/"), *crumbs]
    for k, (label, href) in enumerate(trail, 1):
        last = k == len(trail)
        if href and not last:
            inner = f'<a itemprop="item" href="{esc(href)}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
            inner += '<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>'
        else:
            inner = f'<span itemprop="name">{esc(label)}</span>'
        cls = ' class="active"' if last else ""
        items.append(
            f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"{cls}>{inner}'
            f'<meta itemprop="position" content="{k}"></li>'
        )
    return (
        '<div id="gkBreadcrumb"><div class="gkPage"><div class="breadcrumbs">'
        '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
        + "".join(items) + "</ul></div></div></div>"
    )


def _box(title: str, inner: str, sfx: str = "") -> str:
    return f'<div class="box {sfx}"><h3 class="header"><span>{esc(title)}</span></h3><div class="content">{inner}</div></div>'


def sidebar() -> str:
    d1, d2 = BY_ID[233], BY_ID[229]
    marquee = (
        '<div class="custom thongbao-chay"><marquee onmouseover="this.stop()" onmouseout="this.start()" '
        'scrollamount="2" direction="up" height="170">'
        f'<p><img src="/images/icon/new.gif" alt="" /> <a href="{esc(nonsef(d1))}">Thông báo lịch thi tốt nghiệp '
        "lớp TCLLCT-HC khóa 94 tại huyện Duy Xuyên</a></p>"
        f'<p><img src="/images/icon/new.gif" alt="" /> <a href="/index.php{esc(sef(d2))}">Kế hoạch đào tạo, bồi '
        "dưỡng cán bộ năm 2027</a></p>"
        '<p><a href="/van-ban">Các văn bản, biểu mẫu mới</a></p></marquee></div>'
    )
    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(sef(s))}" itemprop="url">'
        f'<span itemprop="name">{t(s, s.title)}</span></a></li>'
        for s in newest(STORIES)[:5]
    )
    popular = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(sef(s))}" itemprop="url">'
        f'<span itemprop="name">{t(s, s.title)}</span></a></li>'
        for s in sorted(STORIES, key=lambda s: s.opts["hits"], reverse=True)[:4]
    )
    links = (
        '<select class="lienket" onchange="if(this.value) window.open(this.value);">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://quangnam.gov.vn">Cổng TTĐT tỉnh Quảng Nam</option>'
        '<option value="https://quangnam.dcs.vn">Đảng bộ tỉnh Quảng Nam</option>'
        '<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="https://baoquangnam.vn">Báo Quảng Nam</option></select>'
    )
    poll = (
        '<form action="/" method="post" name="form2" class="acepolls"><p><strong>Bạn biết đến Website của '
        "Trường qua kênh nào?</strong></p>"
        '<label><input type="radio" name="voteid" value="1" /> Cổng thông tin của tỉnh</label><br />'
        '<label><input type="radio" name="voteid" value="2" /> Mạng xã hội</label><br />'
        '<label><input type="radio" name="voteid" value="3" /> Bạn bè, đồng nghiệp</label><br />'
        '<input type="submit" class="btn" value="Bình chọn" /> <input type="hidden" name="option" '
        'value="com_acepolls" /><input type="hidden" name="task" value="vote" /></form>'
    )
    counter = (
        '<div id="vvisit_counter_152" class="vvisit_counter"><div class="vcounter_digits">'
        + "".join(f'<img src="/modules/mod_vvisit_counter/images/digit_counter/embos/{d}.gif" alt="{d}" />' for d in "1284067")
        + '</div><table cellpadding="0" cellspacing="0" style="width: 90%;"><tbody>'
        '<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vtoday.png" alt="" /></td>'
        '<td>Hôm nay</td><td align="right">412</td></tr>'
        '<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vyesterday.png" alt="" /></td>'
        '<td>Hôm qua</td><td align="right">875</td></tr>'
        '<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vmonth.png" alt="" /></td>'
        '<td>Tháng này</td><td align="right">3.906</td></tr>'
        '<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vall.png" alt="" /></td>'
        '<td>Tổng truy cập</td><td align="right">1.284.067</td></tr></tbody></table>'
        '<hr style="width: 90%" /><div style="text-align: center;">Đang online: 27</div></div>'
    )
    return (
        '<aside id="gkSidebar"><div>'
        '<div class="box search"><div class="content"><form action="/" method="post" class="form-inline">'
        '<label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> '
        '<input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" '
        'type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" />'
        '<input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="101" />'
        "</form></div></div>"
        + _box("Thông báo", marquee, "color2")
        + _box("Tin mới đăng", f'<ul class="latestnews mod-list">{latest}</ul>', "nsp-sidebar")
        + _box("Đọc nhiều nhất", f'<ul class="mostread mod-list">{popular}</ul>')
        + _box("Liên kết website", links)
        + _box("Thăm dò ý kiến", poll)
        + _box("Thống kê truy cập", counter)
        + "</div></aside>"
    )


def footer() -> str:
    return (
        '<footer id="gkFooter"><div class="gkPage"><div>'
        '<ul class="menu"><li class="item-101"><a href="/">Trang chủ</a></li><li class="item-103"><a '
        'href="/gioi-thieu">Giới thiệu</a></li><li class="item-130"><a href="/lien-he">Liên hệ</a></li></ul>'
        '<p id="gkCopyrights"><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NAM</strong><br />Địa chỉ: 02 Trần Quý Cáp, '
        "TP. Tam Kỳ, tỉnh Quảng Nam - Điện thoại: 0235.3812.460 - Fax: 0235.3812.461<br />"
        "Chịu trách nhiệm chính: Hiệu trưởng Trường Chính trị tỉnh Quảng Nam<br />"
        "Ghi rõ nguồn “Trường Chính trị tỉnh Quảng Nam” khi phát hành lại thông tin từ Website này.</p>"
        '<p id="gkStyleArea">Bản quyền &copy; 2013 - 2026. Thiết kế: Trung tâm CNTT&amp;TT Quảng Nam</p>'
        "</div></div></footer>"
    )


def page(req: Request, *, title: str, main: str, crumbs: list[tuple[str, str | None]] | None,
         active: str, home: bool = False, head: str = "") -> Response:
    crumb_html = breadcrumbs(crumbs) if crumbs is not None else ""
    doc = f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" lang="vi-vn" dir="ltr">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<base href="{esc(base_url(req) + req.path)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="trường chính trị, quảng nam, lý luận chính trị, đào tạo cán bộ" />
<meta name="rights" content="Trường Chính trị tỉnh Quảng Nam" />
<meta name="description" content="{esc(DESC)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
{head}
<link href="/templates/{TPL}/images/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link rel="stylesheet" href="/templates/{TPL}/css/k2.css" type="text/css" />
<link rel="stylesheet" href="/templates/{TPL}/css/template.css" type="text/css" />
<link rel="stylesheet" href="/templates/{TPL}/css/menu/menu.css" type="text/css" />
<link rel="stylesheet" href="/modules/mod_news_pro_gk5/interface/css/style.css" type="text/css" />
<script src="/media/jui/js/jquery.min.js?5a7e0c2b1b" type="text/javascript"></script>
<script src="/media/jui/js/jquery-noconflict.js?5a7e0c2b1b" type="text/javascript"></script>
<script src="/media/system/js/caption.js?5a7e0c2b1b" type="text/javascript"></script>
<script src="/media/jui/js/bootstrap.min.js?5a7e0c2b1b" type="text/javascript"></script>
<script src="/templates/{TPL}/js/gk.scripts.js" type="text/javascript"></script>
<script src="/templates/{TPL}/js/gk.menu.js" type="text/javascript"></script>
<script src="/modules/mod_news_pro_gk5/interface/scripts/engine.jquery.js" type="text/javascript"></script>
<script type="text/javascript">
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
 $GKMenu = {{ height:true, width:true, duration: 250 }};
 $GK_TMPL_URL = "/templates/{TPL}";
 $GK_URL = "/";
</script>
<!--[if IE 9]><link rel="stylesheet" href="/templates/{TPL}/css/ie/ie9.css" type="text/css" /><![endif]-->
</head>
<body{' class="frontpage"' if home else ''} data-tablet-width="1040" data-mobile-width="580" data-zoom-size="150" data-smoothscroll="1">
<div id="gkTopBar"><div class="gkPage"><div id="gkTopDate"><span class="icon-calendar"></span> {TODAY_LINE}</div>
<div id="gkTopNav"><a href="/lien-he">Liên hệ</a> | <a href="https://mail.quangnam.gov.vn" target="_blank">Thư điện tử công vụ</a></div></div></div>
<header id="gkHeader"><div class="gkPage">
<h1 class="gkLogo"><a href="/" id="gkLogo" class="cssLogo"><img src="/images/banner/banner-tct-2026.jpg" alt="Trường Chính trị tỉnh Quảng Nam" /></a></h1>
{_menu(active)}
<div id="gkMobileMenu" class="gkPage"><i id="static-aside-menu-toggler" class="fa fa-bars"></i></div>
</div></header>
{crumb_html}
<div id="gkPageContent" class="gkPage"><div>
<section id="gkContent"><div>
<section id="gkMainbody"><div>
<div id="system-message-container"></div>
{main}
</div></section>
</div></section>
{sidebar()}
</div></div>
{footer()}
<div id="gkPopupLogin"></div>
<script type="text/javascript">(function(d,s,id){{var js,fjs=d.getElementsByTagName(s)[0];if(d.getElementById(id))return;js=d.createElement(s);js.id=id;js.src="//connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v3.2";fjs.parentNode.insertBefore(js,fjs);}}(document,'script','facebook-jssdk'));</script>
</body>
</html>
"""
    return html(doc)


def title_tag(value: str) -> str:
    return f"{value} - {SITE}"


# --- article pages -----------------------------------------------------------------------------


def info_block(story: Story) -> str:
    c = cat_of(story)
    m = MENUS[c.menu]
    o = story.opts
    parts = [
        '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>',
        f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'<span class="icon-user" aria-hidden="true"></span> Viết bởi <span itemprop="name">{esc(o["createdby"])}</span></dd>',
        f'<dd class="parent-category-name"><span class="icon-folder-open" aria-hidden="true"></span> Danh mục cha: '
        f'<a href="/{m.alias}" itemprop="genre">{esc(m.title)}</a></dd>',
        f'<dd class="category-name"><span class="icon-folder-open" aria-hidden="true"></span> Danh mục: '
        f'<a href="/{c.menu}/{c.id}-{c.alias}" itemprop="genre">{esc(c.title)}</a></dd>',
        f'<dd class="create"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{iso(o["created"])}" '
        f'itemprop="dateCreated">Ngày tạo: {lc2(o["created"])}</time></dd>',
        f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{iso(o["publish"])}" '
        f'itemprop="datePublished">Được đăng ngày: {lc2(o["publish"])}</time></dd>',
    ]
    if o.get("modified"):
        parts.append(
            f'<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{iso(o["modified"])}" '
            f'itemprop="dateModified">Cập nhật lần cuối: {lc2(o["modified"])}</time></dd>'
        )
    parts.append(
        f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" '
        f'content="UserPageVisits:{o["hits"]}" /> Lượt xem: {o["hits"]}</dd></dl>'
    )
    return "".join(parts)


def vote_widget(story: Story) -> str:
    stars = "".join('<img src="/media/system/images/rating_star.png" alt="Sao đã kích hoạt" />' for _ in range(4))
    stars += '<img src="/media/system/images/rating_star_blank.png" alt="Sao chưa kích hoạt" />'
    sel = ' selected="selected"'
    opts = "".join(f'<option value="{k}"{sel if k == 5 else ""}>Đánh giá {k}</option>' for k in range(1, 6))
    return (
        '<div class="content_rating" role="img" aria-label="Xếp hạng 4 / 5 sao">'
        '<p class="unseen element-invisible" itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">'
        'Đánh giá của người dùng:&#160;&#160;<span itemprop="ratingValue">4</span>&#160;/&#160;<span itemprop="bestRating">5</span>'
        f'<meta itemprop="ratingCount" content="{3 + story.id % 7}" /><meta itemprop="worstRating" content="1" /></p>{stars}</div>'
        f'<form method="post" action="{esc(vote_url(story))}" class="form-inline"><span class="content_vote">'
        f'<label class="unseen element-invisible" for="content_vote_{story.id}">Vui lòng đánh giá</label>'
        f'<select id="content_vote_{story.id}" name="user_rating">{opts}</select>&#160;'
        '<input class="btn btn-mini" type="submit" name="submit_vote" value="Bình chọn" />'
        '<input type="hidden" name="task" value="article.vote" /><input type="hidden" name="hitcount" value="0" />'
        f'<input type="hidden" name="url" value="{esc(vote_url(story))}" />'
        '<input type="hidden" name="5f4dcc3b5aa765d61d8327deb882cf99" value="1" /></span></form>'
    )


def tools(story: Story) -> str:
    pop = "window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;"
    return (
        '<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" '
        f'id="dropdownMenuButton-{story.id}" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" '
        'aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true">'
        f'</span></button><ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{story.id}">'
        + f'<li class="print-icon"><a href="{esc(print_url(story))}" title="In bài viết &lt; {esc(rt(story))} &gt;" '
        f'onclick="{pop}" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li>'
        f'<li class="email-icon"><a href="/component/mailto/?tmpl=component&amp;template={TPL}&amp;link={mailto_hash(story)}" '
        f'title="Gửi email cho bạn bè" onclick="window.open(this.href,\'win2\',\'width=400,height=450,menubar=yes,resizable=yes\'); '
        'return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Email</a></li></ul></div></div>'
    )


def toc(story: Story, pages: list, current: int | str) -> str:
    base = esc(sef(story))
    items = []
    for k, (ptitle, _) in enumerate(pages):
        label = esc(rt(story)) if k == 0 else esc(ptitle)
        href = f"{base}?showall=&amp;limitstart=" if k == 0 else f"{base}?showall=&amp;start={k}"
        active = " active" if current == k else ""
        items.append(f'<li class=""><a href="{href}" class="toclink{active}">{label}</a></li>')
    active = " active" if current == "all" else ""
    items.append(f'<li><a href="{base}?showall=1" class="toclink{active}">Tất cả các trang</a></li>')
    return (
        '<div class="pull-right article-index"><h3>Mục lục bài viết</h3><ul class="nav nav-tabs nav-stacked">'
        + "".join(items) + "</ul></div>"
    )


def pb_pager(story: Story, pages: list, current: int) -> str:
    base = esc(sef(story))
    prev = (
        f'<li class="previous"><a href="{base}?showall=&amp;start={current - 1}">&lt; Trang trước</a></li>'
        if current > 0 else '<li class="previous disabled"><a>&lt; Trang trước</a></li>'
    )
    nxt = (
        f'<li class="next"><a href="{base}?showall=&amp;start={current + 1}">Trang sau &gt;</a></li>'
        if current < len(pages) - 1 else '<li class="next disabled"><a>Trang sau &gt;</a></li>'
    )
    return f'<div class="pager"><ul>{prev}{nxt}</ul></div>'


def article_text(story: Story, mode: int | str) -> tuple[str, str]:
    """(toc, text inside articleBody) for a page index, "all" or "print"."""
    pages = split_pages(story)
    if len(pages) == 1:
        return "", render_blocks(story, story.blocks) + attachments(story)
    if mode in ("all", "print"):
        body = "\n<br />\n".join(render_blocks(story, blocks) for _, blocks in pages)
        return (toc(story, pages, "all") if mode == "all" else ""), body
    assert isinstance(mode, int)
    return toc(story, pages, mode), render_blocks(story, pages[mode][1]) + pb_pager(story, pages, mode)


def comments(story: Story) -> str:
    items = "".join(
        f'<div class="{"odd" if k % 2 else "even"}" id="comment-item-{story.id * 10 + k}"><div class="rbox"><div class="comment-box usertype-guest">'
        f'<span class="comment-author">{esc(name)}</span> <span class="comment-date">{esc(when)}</span>'
        f'<div class="comment-body" id="comment-body-{story.id * 10 + k}">{esc(body)}</div></div></div></div>'
        for k, (name, when, body) in enumerate(story.opts.get("comments", []))
    )
    count = len(story.opts.get("comments", []))
    listing = (
        f'<div id="comments"><h4>Ý kiến bạn đọc <span class="comments-count">({count})</span></h4>'
        f'<div class="comments-list" id="comments-list-0">{items}</div></div>' if count else '<div id="comments"></div>'
    )
    return (
        f'<script type="text/javascript">var jcomments=new JComments({story.id}, \'com_content\',\'/component/jcomments/\');'
        "jcomments.setList('comments-list');</script>"
        f'<div id="jc">{listing}<h4>Gửi ý kiến</h4><a id="addcomments" href="#addcomments"></a>'
        '<form id="comments-form" name="comments-form" action="javascript:void(null);">'
        '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" />'
        '<label for="comments-form-name">Họ tên (bắt buộc)</label></span></p>'
        '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" />'
        '<label for="comments-form-email">Email (bắt buộc)</label></span></p>'
        '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
        '<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" '
        'onclick="jcomments.saveComment();return false;" title="Gửi (Ctrl+Enter)">Gửi</a></div></div></div>'
        f'<div><input type="hidden" name="object_id" value="{story.id}" /><input type="hidden" name="object_group" value="com_content" /></div>'
        '</form><div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" '
        'target="_blank">JComments</a></div></div>'
    )


def others(story: Story) -> str:
    rest = [s for s in in_cat(int(story.cat)) if s.id != story.id][:2]
    if not rest:
        return ""
    items = "".join(
        f'<li><a class="mod-articles-category-title " href="{esc(sef(s))}">{t(s, s.title)}</a>'
        f'<span class="mod-articles-category-date">({dmy(s.opts["publish"])})</span></li>'
        for s in rest
    )
    return _box("Các tin khác", f'<ul class="category-module mod-list">{items}</ul>', "tinkhac")


def share(story: Story, req: Request) -> str:
    url = esc(base_url(req) + sef(story))
    return (
        '<div class="itemSocialSharing"><div class="fb-like" data-href="' + url + '" data-layout="button_count" '
        'data-action="like" data-size="small" data-show-faces="false" data-share="true"></div>'
        '<div class="addthis_inline_share_toolbox_q7rm"></div>'
        '<script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-5b3c1f0e2a9d8c41"></script></div>'
    )


def tags(story: Story) -> str:
    items = "".join(
        f'<li class="tag-{tid} tag-list{k}" itemprop="keywords"><a href="/component/tags/tag/{tid}-{alias}" '
        f'class="label label-info">{esc(label)}</a></li>'
        for k, (tid, alias, label) in enumerate(story.opts.get("tags", []))
    )
    return f'<ul class="tags inline">{items}</ul>' if items else ""


def full_image(story: Story) -> str:
    first = story.blocks[0]
    return _img(story, first) if isinstance(first, Img) and first.style == "full" else ""


def article_page(req: Request, story: Story, mode: int | str) -> Response:
    c = cat_of(story)
    m = MENUS[c.menu]
    toc_html, body = article_text(story, mode)
    pages = split_pages(story)
    doc_title = rt(story)
    if isinstance(mode, int) and mode > 0:
        doc_title = f"{rt(story)} - {pages[mode][0]}"
    if mode == "print":
        doc = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, nofollow" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title_tag(rt(story)))}</title>
<link rel="stylesheet" href="/templates/{TPL}/css/print.css" type="text/css" />
<script src="/media/system/js/caption.js?5a7e0c2b1b" type="text/javascript"></script>
<script type="text/javascript">jQuery(window).on('load', function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="contentpane modal">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> In</a></div>
<div class="page-header"><h2 itemprop="headline">{t(story, story.title)}</h2></div>
{info_block(story)}
{full_image(story)}
<div itemprop="articleBody">
{body}
</div>
</div>
</body>
</html>
"""
        return html(doc)
    main = f"""<article class="item-page tct-baiviet" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h1> {esc(m.title)} </h1></div>
<header class="article-header">
<h2 itemprop="headline">{t(story, story.title)}</h2>
{tools(story)}
</header>
{info_block(story)}
{vote_widget(story)}
{full_image(story)}
{toc_html}
<div itemprop="articleBody">
{body}
</div>
{tags(story)}
{share(story, req)}
</article>
{comments(story)}
{others(story)}
"""
    crumbs = [(m.title, f"/{m.alias}"), (c.title, f"/{c.menu}/{c.id}-{c.alias}"), (rt(story), None)]
    return page(req, title=title_tag(doc_title), main=main, crumbs=crumbs, active=f"/{m.alias}")


# --- listings ----------------------------------------------------------------------------------


def pagination(base: str, param: str, start: int, limit: int, total: int) -> str:
    pages = -(-total // limit)
    if pages <= 1:
        return ""
    cur = start // limit

    def href(n: int) -> str:
        return esc(f"{base}?{param}={n * limit}")

    items = []
    if cur == 0:
        items.append('<li class="disabled"><a><span class="icon-first" aria-hidden="true"></span></a></li>')
        items.append('<li class="disabled"><a><span class="icon-previous" aria-hidden="true"></span></a></li>')
    else:
        items.append(f'<li><a title="Bắt đầu" href="{href(0)}" class="hasTooltip pagenav" aria-label="Đến trang đầu"><span class="icon-first" aria-hidden="true"></span></a></li>')
        items.append(f'<li><a title="Trước" href="{href(cur - 1)}" class="hasTooltip pagenav" aria-label="Đến trang trước"><span class="icon-previous" aria-hidden="true"></span></a></li>')
    for n in range(pages):
        if n == cur:
            items.append(f'<li class="active hidden-phone"><a aria-current="true">{n + 1}</a></li>')
        else:
            items.append(f'<li class="hidden-phone"><a title="{n + 1}" href="{href(n)}" class="hasTooltip pagenav" aria-label="Đến trang {n + 1}">{n + 1}</a></li>')
    if cur == pages - 1:
        items.append('<li class="disabled"><a><span class="icon-next" aria-hidden="true"></span></a></li>')
        items.append('<li class="disabled"><a><span class="icon-last" aria-hidden="true"></span></a></li>')
    else:
        items.append(f'<li><a title="Sau" href="{href(cur + 1)}" class="hasTooltip pagenav" aria-label="Đến trang sau"><span class="icon-next" aria-hidden="true"></span></a></li>')
        items.append(f'<li><a title="Cuối" href="{href(pages - 1)}" class="hasTooltip pagenav" aria-label="Đến trang cuối"><span class="icon-last" aria-hidden="true"></span></a></li>')
    return (
        f'<div class="pagination"><p class="counter pull-right"> Trang {cur + 1} / {pages} </p>'
        f'<ul class="pagination-list">{"".join(items)}</ul></div>'
    )


def blog_item(s: Story, cls: str) -> str:
    c = cat_of(s)
    url = esc(sef(s))
    intro = t(s, intro_of(s))
    intro_html = f'<p style="text-align: justify;"><strong>{intro}</strong></p>' if s.summary else f'<p style="text-align: justify;">{intro}</p>'
    return (
        f'<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
        f'<div class="pull-left item-image"> <a href="{url}"><img src="{esc(s.opts["thumb"])}" alt="" itemprop="thumbnailUrl"/></a> </div>'
        f'<div class="page-header"><h2 itemprop="name"><a href="{url}" itemprop="url">{t(s, s.title)}</a></h2></div>'
        '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
        f'<dd class="category-name"><span class="icon-folder-open" aria-hidden="true"></span> Danh mục: '
        f'<a href="/{c.menu}/{c.id}-{c.alias}" itemprop="genre">{esc(c.title)}</a></dd>'
        f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{iso(s.opts["publish"])}" '
        f'itemprop="datePublished">Được đăng ngày: {lc2(s.opts["publish"])}</time></dd></dl>'
        f"{intro_html}"
        f'<p class="readmore"><a class="btn" href="{url}" itemprop="url" aria-label="Xem tiếp: {esc(rt(s))}">'
        '<span class="icon-chevron-right" aria-hidden="true"></span> Xem tiếp...</a></p></div>'
    )


def blog_listing(heading: str, path: str, stories: list[Story], start: int, limit: int, links: int,
                 children: list[Cat]) -> str:
    chunk = stories[start:start + limit]
    more = stories[start + limit:start + limit + links]
    parts = [f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1> {esc(heading)} </h1></div>']
    if chunk:
        parts.append('<div class="items-leading clearfix">' + blog_item(chunk[0], "leading-0 clearfix") + "</div>")
    rest = chunk[1:]
    if rest:
        cols = "".join(
            f'<div class="span4">{blog_item(s, f"item column-{k + 1}")}</div>' for k, s in enumerate(rest)
        )
        parts.append(f'<div class="items-row cols-3 row-0 row-fluid clearfix">{cols}</div>')
    if more:
        lis = "".join(f'<li><a href="{esc(sef(s))}">{t(s, s.title)}</a></li>' for s in more)
        parts.append(f'<div class="items-more"><h3>Các tin khác</h3><ol class="nav nav-tabs nav-stacked">{lis}</ol></div>')
    if children and start == 0:
        kids = "".join(
            f'<div class="{"first" if k == 0 else ""}"><h3 class="page-header item-title"><a href="/{c.menu}/{c.id}-{c.alias}">'
            f'{esc(c.title)}</a> <span class="badge badge-info tip hasTooltip" title="Số bài viết:">{len(in_cat(c.id))}</span></h3></div>'
            for k, c in enumerate(children)
        )
        parts.append(f'<div class="cat-children"><h3>Danh mục con</h3>{kids}</div>')
    parts.append(pagination(path, "start", start, limit, len(stories)))
    parts.append("</div>")
    return "".join(parts)


def list_listing(heading: str, path: str, stories: list[Story], start: int, limit: int) -> str:
    rows = "".join(
        f'<tr class="cat-list-row{k % 2}"><td headers="categorylist_header_title" class="list-title">'
        f'<a href="{esc(sef(s))}">{t(s, s.title)}</a></td>'
        f'<td headers="categorylist_header_date" class="list-date small">{dmy(s.opts["publish"], "-")}</td>'
        f'<td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">Lượt xem: {s.opts["hits"]}</span></td></tr>'
        for k, s in enumerate(stories[start:start + limit])
    )
    return (
        f'<div class="category-list"><div class="page-header"><h1> {esc(heading)} </h1></div>'
        f'<form action="{esc(path)}" method="post" name="adminForm" id="adminForm" class="form-inline">'
        '<fieldset class="filters btn-toolbar clearfix"><div class="btn-group"><label class="filter-search-lbl element-invisible" '
        'for="filter-search">Lọc tiêu đề&#160;</label><input type="text" name="filter-search" id="filter-search" value="" '
        'class="inputbox" onchange="document.adminForm.submit();" title="Lọc nội dung tìm kiếm." placeholder="Lọc tiêu đề" /></div>'
        '<div class="btn-group pull-right"><label for="limit" class="element-invisible">Hiển thị #</label>'
        '<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">'
        '<option value="3" selected="selected">3</option><option value="5">5</option><option value="10">10</option></select></div>'
        '<input type="hidden" name="filter_order" value="" /><input type="hidden" name="filter_order_Dir" value="" />'
        '<input type="hidden" name="limitstart" value="" /><input type="hidden" name="task" value="" /></fieldset>'
        '<table class="category table table-striped table-bordered table-hover"><thead><tr>'
        '<th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering(\'a.title\',\'asc\',\'\');return false;" '
        'class="hasPopover" title="Tiêu đề">Tiêu đề</a></th><th scope="col" id="categorylist_header_date">Ngày đăng</th>'
        '<th scope="col" id="categorylist_header_hits">Lượt xem</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
        + pagination(path, "limitstart", start, limit, len(stories))
        + "</form></div>"
    )


def listing_page(req: Request, menu: Menu, cat: Cat | None, start: int) -> Response:
    if cat is None:
        stories = in_menu(menu.alias)
        path = f"/{menu.alias}"
        heading = menu.title
        crumbs = [(menu.title, None)]
        children = [c for c in CATS.values() if c.menu == menu.alias]
    else:
        stories = in_cat(cat.id)
        path = f"/{menu.alias}/{cat.id}-{cat.alias}"
        heading = cat.title
        crumbs = [(menu.title, f"/{menu.alias}"), (cat.title, None)]
        children = []
    if menu.layout == "blog":
        main = blog_listing(heading, path, stories, start, menu.limit, menu.links if cat is None else 0, children)
    else:
        main = list_listing(heading, path, stories, start, menu.limit)
    suffix = f" - Trang {start // menu.limit + 1}" if start else ""
    return page(req, title=title_tag(heading + suffix), main=main, crumbs=crumbs, active=f"/{menu.alias}")


# --- home --------------------------------------------------------------------------------------


def nsp_thumb(s: Story, mod: int) -> str:
    name = s.opts["thumb"].lstrip("/").removeprefix("images/").rsplit(".", 1)[0].replace("/", ".")
    return f"/modules/mod_news_pro_gk5/cache/{name}nsp-{mod}.jpg"


def nsp(mod: int, blocks: list[Story], per_page: int, links: list[Story]) -> str:
    pages = [blocks[k:k + per_page] for k in range(0, len(blocks), per_page)]
    pag = "".join(f"<li>{k + 1}</li>" for k in range(len(pages)))
    art_pages = []
    for k, chunk in enumerate(pages):
        arts = "".join(
            f'<div class="nspArt nspCol{per_page}" style="padding:0 20px 20px 0;clear:both;">'
            f'<a href="{esc(sef(s))}" class="nspImageWrapper tleft fleft gkResponsive" style="margin:0 0 20px 0;" target="_self">'
            f'<img class="nspImage tleft fleft gkResponsive" src="{nsp_thumb(s, mod)}" alt="{esc(rt(s))}" /></a>'
            f'<h4 class="nspHeader tleft fnone has-image"><a href="{esc(sef(s))}" title="{esc(rt(s))}" target="_self">'
            f"{t(s, s.title)}</a></h4>"
            f'<p class="nspText tleft fleft">{t(s, short(intro_of(s)))}</p>'
            f'<p class="nspInfo nspInfo1 tleft fleft">{dmy(s.opts["created"])} | Lượt xem: {s.opts["hits"]}</p>'
            f'<a class="readon  fright" href="{esc(sef(s))}" target="_self">Xem tiếp</a></div>'
            for s in chunk
        )
        art_pages.append(f'<div class="nspArtPage{" active" if k == 0 else ""} nspCol{len(pages)}">{arts}</div>')
    lis = "".join(
        f'<li class="{"even" if k % 2 == 0 else "odd"}"><h4><a href="{esc(sef(s))}" title="{esc(rt(s))}" '
        f'target="_self">{t(s, s.title)}</a></h4><p>{dmy(s.opts["created"])}</p></li>'
        for k, s in enumerate(links)
    )
    config = (
        "{'animation_speed': 400, 'animation_interval': 5000, 'animation_function': 'Fx.Transitions.Expo.easeIn', "
        f"'news_column': {per_page}, 'news_rows': 1, 'links_columns_amount': 1, 'links_amount': {len(links)}}}"
    )
    return (
        f'<div class="nspMain" id="nsp-nsp-{mod}" data-config="{config}">'
        '<div class="nspArts bottom" style="width:100%;"><div class="nspTopInterface">'
        f'<ul class="nspPagination">{pag}</ul><span class="nspPrev">Trước</span><span class="nspNext">Sau</span></div>'
        f'<div class="nspArtScroll1"><div class="nspArtScroll2 nspPages{len(pages)}">{"".join(art_pages)}</div></div></div>'
        '<div class="nspLinksWrap bottom" style="width:99.9%;"><div class="nspLinks" style="margin:0;">'
        f'<div class="nspLinkScroll1"><div class="nspLinkScroll2 nspPages1"><ul class="nspList active nspCol1">{lis}</ul>'
        "</div></div></div></div></div>"
    )


def home(req: Request) -> Response:
    news = in_menu("tin-tuc")
    train = in_menu("dao-tao-boi-duong")
    slides = "".join(
        f'<div class="gkIsSlide" style="z-index: {k + 1};" title="{esc(rt(s))}">'
        f'<img src="/images/slide/slide-{k + 1}.jpg" data-url="{esc(sef(s))}" alt="{esc(rt(s))}" />'
        f'<div class="gkIsTextTitle"><a href="{esc(sef(s))}">{t(s, s.title)}</a></div></div>'
        for k, s in enumerate([news[0], train[0]])
    )
    main = (
        f'<div class="gkIsWrapper-gk_university" id="imageshow-144" data-pause="5000">{slides}'
        '<ol class="gkIsPagination"><li>1</li><li>2</li></ol></div>'
        + _box("Tin tức - Sự kiện", nsp(155, news[:4], 2, news[4:6]), "nsp-home")
        + _box("Đào tạo - Bồi dưỡng", nsp(158, train[:2], 2, train[2:3]), "nsp-home")
        + '<div class="custom banner-hoc-tap"><p><a href="/tin-tuc/10-dang-doan-the"><img src="/images/banner/hoc-tap-lam-theo-bac.jpg" '
        'alt="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" /></a></p></div>'
    )
    return page(req, title=title_tag("Trang chủ"), main=main, crumbs=None, active="/", home=True)


# --- pages that are not articles ---------------------------------------------------------------


def simple_article(req: Request, heading: str, title: str, paras: list[str], crumbs, active: str) -> Response:
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = (
        '<article class="item-page gioithieu" itemscope itemtype="https://schema.org/Article">'
        f'<div class="page-header"><h1> {esc(heading)} </h1></div>'
        f'<header class="article-header"><h2 itemprop="headline">{esc(title)}</h2></header>'
        f'<div itemprop="articleBody">{body}</div></article>'
    )
    return page(req, title=title_tag(title), main=main, crumbs=crumbs, active=active)


INTRO = [
    "Trường Chính trị tỉnh Quảng Nam là đơn vị sự nghiệp công lập trực thuộc Tỉnh ủy, chịu sự chỉ đạo trực tiếp, "
    "toàn diện của Ban Thường vụ Tỉnh ủy, đồng thời chịu sự quản lý nhà nước của UBND tỉnh.",
    "Nhà trường có chức năng tham mưu cho Tỉnh ủy về đào tạo, bồi dưỡng cán bộ; tổ chức đào tạo, bồi dưỡng lý "
    "luận chính trị, kiến thức quản lý nhà nước và chuyên môn, nghiệp vụ cho cán bộ, công chức, viên chức trong hệ "
    "thống chính trị của tỉnh; nghiên cứu khoa học, tổng kết thực tiễn.",
    "Cơ cấu tổ chức gồm Ban Giám hiệu, 3 phòng chức năng (Tổ chức - Hành chính, Quản lý đào tạo, Quản lý khoa học "
    "và Thông tin tư liệu) và 4 khoa chuyên môn (Lý luận cơ sở, Xây dựng Đảng, Nhà nước và pháp luật, Dân vận).",
]

HISTORY = [
    "Tiền thân của Trường Chính trị tỉnh Quảng Nam là Trường Đảng tỉnh Quảng Nam - Đà Nẵng, được thành lập trong "
    "những năm đầu sau ngày đất nước thống nhất.",
    "Năm 1997, khi tỉnh Quảng Nam được tái lập, Trường Chính trị tỉnh Quảng Nam được thành lập theo quyết định của "
    "Tỉnh ủy, trụ sở đặt tại thị xã Tam Kỳ (nay là thành phố Tam Kỳ).",
    "Qua các thời kỳ, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ, được Đảng, Nhà nước tặng "
    "thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều phần thưởng cao quý khác.",
]


def contact(req: Request) -> Response:
    main = (
        '<div class="contact" itemscope itemtype="https://schema.org/Person"><div class="page-header"><h1> Liên hệ </h1></div>'
        '<h2><span class="contact-name" itemprop="name">Trường Chính trị tỉnh Quảng Nam</span></h2>'
        '<dl class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">'
        '<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>'
        '<dd><span class="contact-street" itemprop="streetAddress">02 Trần Quý Cáp</span></dd>'
        '<dd><span class="contact-suburb" itemprop="addressLocality">TP. Tam Kỳ, tỉnh Quảng Nam</span></dd>'
        '<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt>'
        '<dd><span class="contact-telephone" itemprop="telephone">0235.3812.460</span></dd>'
        '<dt><span class="jicons-icons"><img src="/media/contacts/images/emailButton.png" alt="Email: " /></span></dt>'
        f'<dd><span class="contact-emailto">{cloak("truongchinhtri@quangnam.gov.vn")}</span></dd></dl>'
        '<h3>Gửi liên hệ</h3><form id="contact-form" action="/lien-he" method="post" class="form-validate form-horizontal well">'
        '<fieldset><legend>Gửi email. Tất cả các trường có dấu * là bắt buộc.</legend>'
        '<label id="jform_contact_name-lbl" for="jform_contact_name">Họ tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" />'
        '<label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" />'
        '<label for="jform_contact_emailmsg">Tiêu đề *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" />'
        '<label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea>'
        '<button class="btn btn-primary validate" type="submit">Gửi email</button>'
        '<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />'
        '<input type="hidden" name="id" value="1:truong-chinh-tri-tinh-quang-nam" /></fieldset></form></div>'
    )
    return page(req, title=title_tag("Liên hệ"), main=main, crumbs=[("Liên hệ", None)], active="/lien-he")


@dataclass(frozen=True)
class Doc:
    id: int
    alias: str
    title: str
    number: str
    date: str
    desc: str
    fname: str


DOCS = [
    Doc(12, "ke-hoach-dao-tao-boi-duong-nam-2027", "Kế hoạch đào tạo, bồi dưỡng năm 2027", "152-KH/TCT", "2026-11-26 10:00",
        "Kế hoạch số 152-KH/TCT ngày 26/11/2026 của Trường Chính trị tỉnh về đào tạo, bồi dưỡng cán bộ năm 2027.",
        "ke-hoach-152-KH-TCT.pdf"),
    Doc(11, "quy-che-dao-tao-he-trung-cap-llct-hc", "Quy chế đào tạo hệ Trung cấp lý luận chính trị - hành chính",
        "98-QĐ/TCT", "2026-10-08 14:30",
        "Quyết định số 98-QĐ/TCT ban hành Quy chế đào tạo hệ Trung cấp lý luận chính trị - hành chính của Nhà trường.",
        "quyet-dinh-98-QD-TCT.pdf"),
]


def doc_url(d: Doc) -> str:
    return f"/van-ban/2-van-ban-cua-truong/{d.id}-{d.alias}"


def docs_listing(req: Request) -> Response:
    rows = "".join(
        f'<div class="pd-filebox"><div class="pd-filenamebox"><div class="pd-title">{esc(d.title)}</div>'
        f'<div class="pd-document32" style="background: url(\'/media/com_phocadownload/images/mime/32/icon-pdf.png\') 0 center no-repeat;">'
        f'<div class="pd-float"><a class="" href="{doc_url(d)}">{esc(d.fname)}</a></div></div></div>'
        f'<div class="pd-buttons"><div class="pd-button-details"><a class="btn btn-primary" href="{doc_url(d)}">Chi tiết</a></div></div>'
        f'<div class="pd-date-info">Ngày đăng: {dmy(d.date)}</div></div>'
        for d in DOCS
    )
    main = (
        '<div id="phoca-dl-category-box" class="pd-category-view"><div class="page-header"><h1> Văn bản </h1></div>'
        f'<h3 class="pd-ctitle">Văn bản của Trường</h3>{rows}</div>'
    )
    return page(req, title=title_tag("Văn bản"), main=main, crumbs=[("Văn bản", None)], active="/van-ban")


def doc_page(req: Request, d: Doc) -> Response:
    main = (
        '<div id="phoca-dl-file-box" class="pd-file-view"><div class="page-header"><h1> Văn bản </h1></div>'
        f'<h3 class="pd-ctitle">{esc(d.title)}</h3><div class="pd-filebox"><table class="pd-file-details"><tbody>'
        f"<tr><td>Số hiệu:</td><td>{esc(d.number)}</td></tr>"
        f"<tr><td>Tên tập tin:</td><td>{esc(d.fname)}</td></tr>"
        f"<tr><td>Ngày đăng:</td><td>{dmy(d.date)}</td></tr>"
        f"<tr><td>Lượt tải:</td><td>{40 + d.id * 3}</td></tr></tbody></table>"
        f'<div class="pd-fdesc"><p>{esc(d.desc)}</p></div>'
        f'<div class="pd-button-download"><a class="btn btn-success" href="{doc_url(d)}?download={d.id}:{d.alias}">Tải về</a></div>'
        "</div></div>"
    )
    crumbs = [("Văn bản", "/van-ban"), ("Văn bản của Trường", "/van-ban"), (d.title, None)]
    return page(req, title=title_tag(d.title), main=main, crumbs=crumbs, active="/van-ban")


def tag_page(req: Request) -> Response:
    tagged = [s for s in STORIES if any(tid == 3 for tid, _, _ in s.opts.get("tags", []))]
    items = "".join(
        f'<li class="cat-list-row{k % 2} clearfix"><h3><a href="{esc(sef(s))}">{t(s, s.title)}</a></h3>'
        f'<span class="tag-body">{t(s, short(intro_of(s)))}</span></li>'
        for k, s in enumerate(tagged)
    )
    main = (
        '<div class="tag-category"><h2> Học tập và làm theo Bác </h2>'
        f'<ul class="category list-striped">{items}</ul></div>'
    )
    return page(req, title=title_tag("Học tập và làm theo Bác"), main=main,
                crumbs=[("Thẻ", None), ("Học tập và làm theo Bác", None)], active="")


def mailto_page() -> Response:
    doc = (
        '<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" />'
        f"<title>{esc(SITE)}</title></head><body class=\"contentpane modal\"><div id=\"mailto-window\">"
        "<h2>Gửi liên kết này tới một người bạn.</h2><div class=\"mailto-close\"><a href=\"javascript: void window.close()\" "
        'title="Đóng cửa sổ"><span>Đóng cửa sổ </span></a></div>'
        '<form action="/component/mailto/" method="post" class="form-validate form-horizontal well">'
        '<label for="mailto_field">Email tới</label><input type="text" id="mailto_field" name="mailto" />'
        '<label for="sender_field">Người gửi</label><input type="text" id="sender_field" name="sender" />'
        '<label for="from_field">Email của bạn</label><input type="text" id="from_field" name="from" />'
        '<label for="subject_field">Tiêu đề</label><input type="text" id="subject_field" name="subject" />'
        '<button type="submit" class="btn btn-primary">Gửi</button><input type="hidden" name="layout" value="default" />'
        '<input type="hidden" name="option" value="com_mailto" /><input type="hidden" name="task" value="send" />'
        "</form></div></body></html>"
    )
    return html(doc)


# --- the site ----------------------------------------------------------------------------------

_ART = re.compile(r"^/([a-z-]+)/(\d+)-([a-z0-9-]+)/(\d+)(?:-([a-z0-9-]+))?$")
_CAT = re.compile(r"^/([a-z-]+)/(\d+)-([a-z0-9-]+)$")
_ARTICLE_KEYS = {"tmpl", "print", "layout", "page", "hitcount", "showall", "start", "limitstart"}
_LIST_KEYS = {"start", "limitstart", "limit"}


class JoomlaSite:
    def respond(self, req: Request) -> Response | None:
        path = req.path
        params = req.params
        if path.startswith("/index.php/"):
            path = path[len("/index.php"):]
        elif path == "/index.php":
            return self._nonsef(req, params)
        if path != "/" and path.endswith("/") and not path.startswith("/component/"):
            return None
        if (res := static_file(path)) is not None:
            return res
        if path == "/":
            return home(req)
        if path.startswith("/component/"):
            return self._component(req, path, params)
        if path == "/gioi-thieu":
            return simple_article(req, "Giới thiệu", "Giới thiệu chung về Trường Chính trị tỉnh Quảng Nam", INTRO,
                                  [("Giới thiệu", None)], "/gioi-thieu")
        if path == "/gioi-thieu/lich-su-phat-trien":
            return simple_article(req, "Giới thiệu", "Lịch sử hình thành và phát triển", HISTORY,
                                  [("Giới thiệu", "/gioi-thieu"), ("Lịch sử phát triển", None)], "/gioi-thieu")
        if path == "/lien-he":
            return contact(req)
        if path == "/van-ban":
            return docs_listing(req) if not req.query else None
        for d in DOCS:
            if path == doc_url(d):
                if not req.query:
                    return doc_page(req, d)
                if params.get("download") == f"{d.id}:{d.alias}":
                    return Response(200, PDF, {"Content-Type": "application/pdf",
                                               "Content-Disposition": f'attachment; filename="{d.fname}"'})
                return None
        if path.strip("/") in MENUS:
            return self._listing(req, MENUS[path.strip("/")], None, params)
        if m := _CAT.match(path):
            menu = MENUS.get(m.group(1))
            cat = CATS.get(int(m.group(2)))
            if menu and cat and cat.menu == menu.alias and cat.alias == m.group(3):
                return self._listing(req, menu, cat, params)
            return None
        if m := _ART.match(path):
            story = BY_ID.get(int(m.group(4)))
            if story is None:
                return None
            cat = cat_of(story)
            if (m.group(1), int(m.group(2)), m.group(3)) != (cat.menu, cat.id, cat.alias):
                return None
            if m.group(5) is not None and m.group(5) != story.slug:
                return None
            return self._article(req, story, params)
        return None

    def _nonsef(self, req: Request, params: dict[str, str]) -> Response | None:
        if not req.query:
            return home(req)
        if params.get("option") != "com_content" or params.get("view") != "article":
            return None
        sid = params.get("id", "")
        story = BY_ID.get(int(sid)) if sid.isdigit() else None
        if story is None or params.get("catid", str(cat_of(story).id)) != str(cat_of(story).id):
            return None
        rest = {k: v for k, v in params.items() if k not in ("option", "view", "id", "catid", "Itemid")}
        return self._article(req, story, rest)

    def _article(self, req: Request, story: Story, params: dict[str, str]) -> Response | None:
        if set(params) - _ARTICLE_KEYS:
            return None
        pages = split_pages(story)
        if "tmpl" in params or "print" in params:
            if params.get("tmpl") == "component" and params.get("print") == "1":
                return article_page(req, story, "print")
            return None
        if params.get("showall") == "1":
            return article_page(req, story, "all" if len(pages) > 1 else 0)
        n = params.get("start") or params.get("limitstart") or "0"
        if not n.isdigit() or int(n) >= len(pages):
            return None
        return article_page(req, story, int(n))

    def _listing(self, req: Request, menu: Menu, cat: Cat | None, params: dict[str, str]) -> Response | None:
        if set(params) - _LIST_KEYS:
            return None
        n = params.get("start") or params.get("limitstart") or "0"
        total = len(in_cat(cat.id) if cat else in_menu(menu.alias))
        if not n.isdigit() or int(n) % menu.limit or int(n) >= total:
            return None
        return listing_page(req, menu, cat, int(n))

    def _component(self, req: Request, path: str, params: dict[str, str]) -> Response | None:
        if path == "/component/tags/tag/3-hoc-tap-va-lam-theo-bac" and not req.query:
            return tag_page(req)
        if path in ("/component/mailto/", "/component/mailto"):
            if params.get("link") in {mailto_hash(s) for s in STORIES}:
                return mailto_page()
            return None
        if m := re.fullmatch(r"/component/attachments/download/(\d+)", path):
            for s in STORIES:
                for aid, fname, _, _ in s.opts.get("attachments", []):
                    if int(m.group(1)) == aid:
                        ctype = "application/pdf" if fname.endswith(".pdf") else "application/msword"
                        return Response(200, PDF, {"Content-Type": ctype,
                                                   "Content-Disposition": f'attachment; filename="{fname}"'})
        return None


def build_site() -> JoomlaSite:
    return JoomlaSite()


# --- gold --------------------------------------------------------------------------------------


def _gold(story: Story, *extra: str) -> dict:
    return gold_record(story, sef(story), cat_of(story).title,
                       alt_paths=[print_url(story), vote_url(story), *extra])


GOLD = [
    _gold(A1),
    _gold(A2),
    _gold(A3, "/index.php/tin-tuc/9-tin-hoat-dong/224"),
    _gold(A4),
    _gold(A5),
    _gold(B1),
    _gold(B2),
    _gold(
        C1,
        sef(C1) + "?showall=&limitstart=",
        sef(C1) + "?showall=&start=1",
        sef(C1) + "?showall=&start=2",
        sef(C1) + "?showall=1",
    ),
    _gold(C2),
    _gold(D1, nonsef(D1)),
    _gold(D2, "/index.php" + sef(D2)),
    _gold(D3),
    _gold(D4),
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/lich-su-phat-trien",
    "/lien-he",
    doc_url(DOCS[0]),
    doc_url(DOCS[1]),
    "/component/tags/tag/3-hoc-tap-va-lam-theo-bac",
]
