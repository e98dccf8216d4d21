"""Trường Chính trị tỉnh Thái Bình: Joomla 3.8 with JoomShaper's Helix3 template (shaper_helix3).

Platform
    Joomla! 3.8, template ``shaper_helix3`` (Helix3 framework): ``#sp-top-bar`` / ``#sp-header``
    with the ``sp-megamenu-parent`` menu and its ``sp-dropdown`` panels, ``#sp-page-title`` (the
    menu item's title as an ``<h2>`` plus the breadcrumb), ``#sp-main-body`` with ``#sp-component``
    and the ``#sp-right`` sidebar of ``sp-module`` boxes, ``#sp-bottom``, ``#sp-footer`` and the
    off-canvas copy of the menu. Articles print Helix3's post-format icon, its info block
    (``dl.article-info``) *above* the title, the ``helix-social-share`` icons after the text and
    Joomla's print icon in the cog drop-down. SEF URLs, no ``.html`` suffix.

URL scheme
    ``/``                                             home (featured blog + category modules)
    ``/<menu>``                                       category blog (Helix3 blog layout), ``?start=N``
    ``/dao-tao-boi-duong``, ``/van-ban-tai-lieu``     category *list* layout (table), ``?start=N``
    ``/<menu>/<id>-<alias>``                          article (``<menu>`` may be two levels deep)
    ``/<menu>/<id>-<alias>?tmpl=component&print=1``   print view (linked, rel=nofollow)
    ``/<menu>/<id>-<alias>?start=1`` / ``?showall=1`` pages of an article split by the pagebreak plugin
    ``/component/content/article/<id>-<alias>?catid=<c>&Itemid=101``  the same article again
    ``/gioi-thieu``, ``/gioi-thieu/...``              single-article menu items (intro pages)
    ``/lien-he``                                      com_contact (form POSTs to itself)
    ``/thu-vien-anh/album/3-khai-giang-k54``          Phoca Gallery album
    ``/tim-kiem``                                     mod_search target (POST)

Page templates
    home (view-featured), category blog, category list, article, print view (tmpl=component),
    contact, album, search results.

How each gold article is reached
    * 268, 266, 263, 259: home's featured blog and page 1 of ``/tin-tuc-su-kien``;
    * 255: only the "items-more" link list at the foot of page 1 of ``/tin-tuc-su-kien``;
    * 251: only page 2 (``/tin-tuc-su-kien?start=5``);
    * 260: home module "Công đoàn - Đoàn thể" and the sub-menu blog
      ``/tin-tuc-su-kien/cong-doan-doan-thanh-nien``;
    * 267, 262: home module and page 1 of the list ``/dao-tao-boi-duong``; 254 only on its page 2
      (``?start=2``);
    * 265, 258: home module and ``/nghien-cuu-trao-doi`` (and each other's prev/next links);
    * 264: home module and ``/thong-bao``.
    The sidebar "Đọc nhiều" links five articles by their ``/component/content/article/...`` form.

Traps
    1. Two ``<h2>`` before the text: ``#sp-page-title`` prints the *menu item's* title
       ("Tin tức - Sự kiện") above the article's own ``<h2 itemprop="name">``; ``<title>`` adds
       " - Trường Chính trị tỉnh Thái Bình". Gold title: the article's ``h2[itemprop=name]``.
    2. Helix3 prints the info block *before* the title (``dl.article-info`` then ``h2``), and its
       ``dd.createdby`` is Joomla's "Viết bởi": a CMS account ("Super User", "quantri",
       "bientap_tct", "Quản trị viên") on most articles -> authors [] from it, but the
       created_by_alias on others ("Nguyễn Thị Thu Trang", "Phòng Đào tạo - QLKH", "Khoa Nhà nước
       và Pháp luật") -> that alias is the author. ``<meta name="author">`` repeats the account.
    3. Dates: the visible date is DATE_FORMAT_LC3 ("20 Tháng 11 2026", no time, no label, only a
       tooltip "Ngày đăng"); the time is in ``<time datetime="…+07:00" itemprop="datePublished">``.
       Below the text a second ``dl.article-info`` prints "Ngày tạo: 18 Tháng 11 2026" (created,
       two days *earlier*) and "Cập nhật lần cuối: 25 Tháng 11 2026". Gold: ``datePublished``'s
       datetime ("2026-11-20T09:30:00+07:00"); one article published at 00:00 -> the day alone.
    4. The pagebreak plugin splits article 265 in two: page 1 at the plain URL, page 2 at
       ``?start=1`` (the same ``start`` that pages category blogs), all at ``?showall=1``; the
       plugin writes its "Mục lục bài viết" table of contents, the "Trang 1 / 2" counter and its
       "Trước / Tiếp" pager *inside* ``div[itemprop=articleBody]``. Gold body: both pages' text,
       no TOC labels, counter or pager; ``?start=1`` and ``?showall=1`` are alt_paths.
    5. Helix3's full-text image sits above the header in ``div.entry-image.full-image`` (outside
       ``articleBody``), its caption only in the ``title`` of ``<img class="caption">`` (Joomla's
       caption.js draws it). Gold: it is the first image, caption = that title (None when no
       title).
    6. Helix3's gallery post format prints the article's photos in a Bootstrap carousel
       (``div.entry-gallery`` ... ``div.item``) before the header, outside ``articleBody``:
       they are the article's images (no captions).
    7. A ``{loadposition}`` module inside the text: article 266 carries a "Tin cùng chuyên mục"
       ``moduletable`` (heading + link list with dates) in the middle of ``articleBody``. Not body.
    8. Joomla's e-mail cloaking: the address in the notice's text is printed as "Địa chỉ email
       này đang được bảo vệ khỏi chương trình thu thập email…" plus a script that writes the
       address. Gold: the paragraph with the address the reader sees
       ("… email: tuyensinh.tct@thaibinh.gov.vn").
    9. Duplicates: the "Đọc nhiều" module links ``/component/content/article/<id>-<alias>
       ?catid=<c>&Itemid=101`` (no canonical link; its page-title box says "Trang chủ");
       article 268's text links 266 under an *old alias* (``266-hoi-nghi-vien-chuc-nam-2027-du-thao``)
       which Joomla's router still answers with 200 (it routes on the id). Gold: the menu URL is
       canonical, the others are alt_paths.
    10. JCE captions: ``div.jce_caption`` holding the ``<img>`` and a bare ``<div>`` with the line
        (no figcaption); a line reading only "Ảnh: Minh Tuấn" is a credit (caption None,
        photographer). Other articles print the line as a centred ``<em>`` paragraph under the
        image paragraph, once in parentheses.
    11. Pages with article markup that are not articles: the intro pages (single-article menu
        items with dates and hits) and the documents of ``/van-ban-tai-lieu/<id>-<alias>`` (the
        article URL shape, article markup, a "Tải về" PDF link).
    12. Helix3 blog layout: the leading item prints its whole intro with an image and a
        "Xem thêm: <title>" button, so a listing looks like an article; page 1 ends with an
        ``items-more`` link list (articles on *no* thumbnail row) before the pagination
        ("Trang 1 / 2", « 1 2 »).
    13. The official notice (264) in a letterhead table (TỈNH ỦY THÁI BÌNH / TRƯỜNG CHÍNH TRỊ |
        ĐẢNG CỘNG SẢN VIỆT NAM, "Thái Bình, ngày 23 tháng 11 năm 2026") with "Nơi nhận" and the
        signer; Joomla's published date (24/11) differs from the letterhead's.
    14. Word paste in 258 (``MsoNormal``, ``mso-list:Ignore`` bullets, a bare superscript footnote
        number after "XX"); bracketed footnote calls "[1]" in 265 and its "Tài liệu tham khảo".
    15. Bylines at the end or top of the text: "Tin, ảnh: Hồng Nhung"; "Tin: Phạm Hương - Ảnh:
        Quang Huy"; "ThS. Trần Văn Lâm - Khoa Lý luận cơ sở"; a research byline with the post on
        a second line; "Theo Báo Thái Bình"; "Nguồn: Phòng Đào tạo - QLKH"; a unit alone.

Gold decisions on ambiguous points
    * published_at comes from ``dd.published time[datetime]`` (Helix3's own stamp of the
      publication; the visible text is the same day without the time). "Ngày tạo" and "Cập nhật
      lần cuối" are never the publication date. A datetime at 00:00 is a day without a time.
    * The notice's date is the letterhead's day (house convention), not Joomla's published date.
    * The full-text image's caption is its ``title`` (Joomla's caption field, drawn by caption.js).
    * Pagebreak TOC labels ("Thực trạng và giải pháp", "Tất cả các trang") are navigation, not
      text; the article's own headings are body.
    * 265's byline is printed at the top of the text (name, then the post on the next line):
      the name is the author; neither line is body.
    * The created_by_alias printed in ``dd.createdby`` is a byline; CMS accounts are nobody.
    * ``/tin-tuc-su-kien/cong-doan-doan-thanh-nien`` is its own section: category
      "Công đoàn - Đoàn thanh niên" (the breadcrumb's last section).
    * Listings, the search page and ``/van-ban-tai-lieu`` (a list of documents) are neither
      articles nor NON_ARTICLES.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "joomla3_helix3_tct"
PLATFORM = "Joomla 3.8 + Helix3 (shaper_helix3), SEF URLs"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Thái Bình"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
HOME_ITEMID = 101


# --- menus and categories ---------------------------------------------------------------------


@dataclass(frozen=True)
class Menu:
    key: str
    path: str
    title: str
    catid: int
    itemid: int
    layout: str  # "blog" or "list"
    per_page: int = 5
    parent: str | None = None


MENUS: dict[str, Menu] = {
    m.key: m
    for m in (
        Menu("tintuc", "/tin-tuc-su-kien", "Tin tức - Sự kiện", 8, 112, "blog", 5),
        Menu(
            "congdoan",
            "/tin-tuc-su-kien/cong-doan-doan-thanh-nien",
            "Công đoàn - Đoàn thanh niên",
            12,
            116,
            "blog",
            5,
            parent="tintuc",
        ),
        Menu("daotao", "/dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", 9, 113, "list", 2),
        Menu("nckh", "/nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", 10, 114, "blog", 5),
        Menu("thongbao", "/thong-bao", "Thông báo", 11, 115, "blog", 5),
        Menu("vanban", "/van-ban-tai-lieu", "Văn bản - Tài liệu", 14, 121, "list", 10),
    )
}


# --- the articles -----------------------------------------------------------------------------

RIGHT = '<p style="text-align: right;">'

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0" cellpadding="2">'
    "<tbody><tr>"
    '<td style="width: 42%; text-align: center; vertical-align: top;">TỈNH ỦY THÁI BÌNH<br />'
    "<strong>TRƯỜNG CHÍNH TRỊ</strong><br />*<br />Số: 245-TB/TCT</td>"
    '<td style="text-align: center; vertical-align: top;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u>'
    "</strong><br /><br /><em>Thái Bình, ngày 23 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Tuyển sinh lớp Trung cấp lý luận chính trị - hành chính'
    "<br />hệ không tập trung năm 2027</strong></p>"
    '<p style="text-align: center;">-----</p>'
)
_SIGNATURE = (
    '<table style="width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các huyện ủy, thành ủy, đảng ủy trực thuộc;<br />- Ban Tổ chức Tỉnh ủy;<br />"
    "- Lưu VP, ĐT-QLKH.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>K/T HIỆU TRƯỞNG<br />'
    "PHÓ HIỆU TRƯỞNG</strong><br /><em>(Đã ký)</em><br /><br /><strong>Lê Quang Vinh</strong></td>"
    "</tr></tbody></table>"
    '<p><span class="icon-download"></span> Tải về: '
    '<a href="/images/van-ban/2026/tb-245-tct.pdf" target="_blank">TB 245-TB-TCT tuyen sinh.pdf</a>'
    "</p>"
)

_RELATED_MODULE = (
    '<div class="moduletable tin-cung-chuyen-muc">'
    "<h3>Tin cùng chuyên mục</h3>"
    '<ul class="category-module mod-list">'
    '<li><a class="mod-articles-category-title " href="/tin-tuc-su-kien/'
    '263-doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-tai-truong">'
    "Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường Chính trị tỉnh Thái Bình</a>"
    '<span class="mod-articles-category-date">20-11-2026</span></li>'
    '<li><a class="mod-articles-category-title " href="/tin-tuc-su-kien/'
    '259-huong-ung-ngay-phap-luat-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam">'
    "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 09/11</a>"
    '<span class="mod-articles-category-date">09-11-2026</span></li>'
    "</ul></div>"
)

STALE_266 = "/tin-tuc-su-kien/266-hoi-nghi-vien-chuc-nam-2027-du-thao"

STORIES: list[Story] = [
    Story(
        id=268,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-54-he-khong-tap-trung",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 54 hệ không tập trung",
        cat="tintuc",
        published_at="2026-12-02T08:15:00+07:00",
        blocks=[
            Img(
                "/images/2026/12/khai-giang-k54-full.jpg",
                "Đồng chí Trần Văn Hải, Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                "Đồng chí Trần Văn Hải, Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                style="full",
            ),
            P(
                "Sáng ngày 02/12/2026, Trường Chính trị tỉnh Thái Bình tổ chức khai giảng lớp Trung "
                "cấp lý luận chính trị - hành chính khóa 54 hệ không tập trung cho 112 học viên là "
                "cán bộ, công chức các huyện ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy.",
                "lead",
            ),
            P(
                "Dự lễ khai giảng có đồng chí Nguyễn Thị Lan, Trưởng Ban Tuyên giáo Tỉnh ủy; lãnh "
                "đạo Ban Tổ chức Tỉnh ủy; đại diện lãnh đạo các huyện ủy, thành ủy có học viên tham "
                "gia lớp học."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Hiệu trưởng nhấn mạnh: lớp học được tổ chức theo "
                "Chương trình đào tạo trung cấp lý luận chính trị của Học viện Chính trị quốc gia "
                "Hồ Chí Minh, thời gian học tập 8 tháng với 4 phần học và 19 học phần."
            ),
            Img(
                "/images/2026/12/khai-giang-k54-hoc-vien.jpg",
                "Các học viên lớp Trung cấp lý luận chính trị - hành chính khóa 54 tại lễ khai giảng",
                "Các học viên lớp Trung cấp lý luận chính trị - hành chính khóa 54 tại lễ khai giảng",
                style="jce",
            ),
            P(
                "Đây là lớp học đầu tiên Nhà trường mở theo kế hoạch đã được thông qua tại Hội nghị "
                "viên chức, người lao động năm 2027.",
                "link:Hội nghị viên chức, người lao động năm 2027|" + STALE_266,
            ),
            P(
                "Đồng chí đề nghị mỗi học viên nêu cao tinh thần tự giác, chấp hành nghiêm quy chế "
                "học tập, gắn lý luận với thực tiễn công tác tại địa phương, đơn vị."
            ),
            P(
                "Thay mặt các học viên, đồng chí Phạm Đức Thắng, Lớp trưởng hứa sẽ phấn đấu hoàn "
                "thành tốt nhiệm vụ học tập, rèn luyện trong suốt khóa học."
            ),
            Raw(RIGHT + "<strong>Tin, ảnh: Hồng Nhung</strong></p>"),
        ],
        authors=["Hồng Nhung"],
        photographers=["Hồng Nhung"],
        summary=(
            "Sáng ngày 02/12/2026, Trường Chính trị tỉnh Thái Bình tổ chức khai giảng lớp Trung "
            "cấp lý luận chính trị - hành chính khóa 54 hệ không tập trung cho 112 học viên là "
            "cán bộ, công chức các huyện ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy."
        ),
        opts={
            "createdby": "Quản trị viên",
            "thumb": "/images/thumbs/268-khai-giang-k54.jpg",
            "featured": True,
        },
    ),
    Story(
        id=266,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2027",
        title="Trường Chính trị tỉnh Thái Bình tổ chức Hội nghị viên chức, người lao động năm 2027",
        cat="tintuc",
        published_at="2026-11-27T14:00:00+07:00",
        blocks=[
            P(
                "Chiều 27/11/2026, Trường Chính trị tỉnh Thái Bình tổ chức Hội nghị viên chức, người "
                "lao động năm 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026, triển khai "
                "phương hướng nhiệm vụ năm 2027."
            ),
            P(
                "Năm 2026, Nhà trường đã tổ chức 38 lớp đào tạo, bồi dưỡng với hơn 3.200 học viên; "
                "hoàn thành 2 đề tài khoa học cấp tỉnh và 14 đề tài cấp cơ sở; 100% giảng viên đi "
                "nghiên cứu thực tế theo quy định."
            ),
            Raw(_RELATED_MODULE),
            Img(
                "/images/2026/11/hoi-nghi-vc-nld-2027.jpg",
                "Quang cảnh Hội nghị",
                "Quang cảnh Hội nghị",
                style="em",
            ),
            P("Một số chỉ tiêu chủ yếu năm 2027", "h3"),
            P(
                "Tổ chức từ 36 đến 40 lớp đào tạo, bồi dưỡng theo kế hoạch của Ban Thường vụ Tỉnh ủy;",
                "li",
            ),
            P("Phấn đấu 100% giảng viên đạt chuẩn theo quy định;", "li"),
            P("Hoàn thành ít nhất 01 đề tài khoa học cấp tỉnh.", "li"),
            P(
                "Hội nghị đã biểu quyết thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở "
                "sửa đổi và bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028."
            ),
            Raw(RIGHT + "<em><strong>Phòng Tổ chức - Hành chính</strong></em></p>"),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        opts={
            "createdby": "Super User",
            "thumb": "/images/thumbs/266-hoi-nghi.jpg",
            "featured": True,
        },
    ),
    Story(
        id=263,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-tai-truong",
        title="Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường Chính trị tỉnh Thái Bình",
        cat="tintuc",
        published_at="2026-11-20T09:30:00+07:00",
        blocks=[
            P(
                "Ngày 19/11/2026, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Nguyễn Văn "
                "Hùng, Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính "
                "trị tỉnh Thái Bình về công tác phối hợp đào tạo cao cấp lý luận chính trị."
            ),
            P(
                "Báo cáo với đoàn công tác, đồng chí Hiệu trưởng cho biết, từ năm 2021 đến nay, Nhà "
                "trường đã phối hợp với Học viện mở 4 lớp cao cấp lý luận chính trị hệ không tập "
                "trung với 412 học viên."
            ),
            Img("/images/2026/11/doan-cong-tac-hvkv1.jpg", style="plain"),
            P(
                "Phát biểu kết luận, PGS.TS Nguyễn Văn Hùng đánh giá cao sự chuẩn bị chu đáo của "
                "Nhà trường và đề nghị tiếp tục nâng cao chất lượng quản lý học viên, đổi mới kiểm "
                "tra, đánh giá kết quả học tập."
            ),
            Raw(RIGHT + "<em>Theo Báo Thái Bình</em></p>"),
        ],
        source="Báo Thái Bình",
        opts={
            "createdby": "bientap_tct",
            "created": "2026-11-18T16:40:00+07:00",
            "modified": "2026-11-25T10:12:00+07:00",
            "thumb": "/images/thumbs/263-hvkv1.jpg",
            "featured": True,
        },
    ),
    Story(
        id=259,
        slug="huong-ung-ngay-phap-luat-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam",
        title="Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 09/11",
        cat="tintuc",
        published_at="2026-11-09",
        blocks=[
            P(
                "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026, Khoa Nhà "
                "nước và Pháp luật phối hợp với Chi đoàn Nhà trường tổ chức nhiều hoạt động tuyên "
                "truyền, phổ biến pháp luật cho cán bộ, viên chức và học viên."
            ),
            P(
                "👉 Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến với chủ đề “Thượng tôn Hiến pháp "
                "và pháp luật”;"
            ),
            P("👉 Treo băng rôn, khẩu hiệu tại khu vực giảng đường và ký túc xá học viên;"),
            P(
                "👉 Lồng ghép nội dung tuyên truyền vào bài giảng các học phần Nhà nước và pháp luật."
            ),
            P(
                "Thông qua các hoạt động, góp phần nâng cao ý thức tôn trọng, chấp hành pháp luật "
                "của mỗi cán bộ, viên chức, người lao động và học viên Nhà trường."
            ),
        ],
        authors=["Khoa Nhà nước và Pháp luật"],
        opts={
            "createdby": "Khoa Nhà nước và Pháp luật",
            "pub": "2026-11-09T00:00:00+07:00",
            "featured": True,
        },
    ),
    Story(
        id=255,
        slug="toa-dam-khoa-hoc-doi-moi-phuong-phap-giang-day-ly-luan-chinh-tri",
        title=(
            "Tọa đàm khoa học “Đổi mới phương pháp giảng dạy lý luận chính trị trong giai đoạn "
            "hiện nay”"
        ),
        cat="tintuc",
        published_at="2026-11-03T15:45:00+07:00",
        blocks=[
            P(
                "Ngày 03/11/2026, Khoa Lý luận cơ sở tổ chức tọa đàm khoa học “Đổi mới phương pháp "
                "giảng dạy lý luận chính trị trong giai đoạn hiện nay” với sự tham gia của gần 50 "
                "cán bộ, giảng viên trong và ngoài Nhà trường.",
                "lead",
            ),
            P(
                "Tọa đàm nhận được 12 tham luận, tập trung vào các vấn đề: ứng dụng công nghệ thông "
                "tin trong giảng dạy; phương pháp nêu vấn đề, thảo luận nhóm; gắn bài giảng với "
                "thực tiễn của tỉnh Thái Bình."
            ),
            Img("/images/2026/11/toa-dam-ppgd-1.jpg", "Ảnh: Minh Tuấn", None, style="jce"),
            P(
                "Các ý kiến tại tọa đàm thống nhất cho rằng, đổi mới phương pháp giảng dạy phải xuất "
                "phát từ người học, lấy người học làm trung tâm, phát huy tính chủ động, sáng tạo "
                "của học viên."
            ),
            Img(
                "/images/2026/11/toa-dam-ppgd-2.jpg",
                "ThS. Nguyễn Thị Hoa trình bày tham luận tại tọa đàm",
                "ThS. Nguyễn Thị Hoa trình bày tham luận tại tọa đàm",
                style="jce",
            ),
            Raw(RIGHT + "<strong>ThS. Trần Văn Lâm - Khoa Lý luận cơ sở</strong></p>"),
        ],
        authors=["Trần Văn Lâm"],
        photographers=["Minh Tuấn"],
        summary=(
            "Ngày 03/11/2026, Khoa Lý luận cơ sở tổ chức tọa đàm khoa học “Đổi mới phương pháp "
            "giảng dạy lý luận chính trị trong giai đoạn hiện nay” với sự tham gia của gần 50 "
            "cán bộ, giảng viên trong và ngoài Nhà trường."
        ),
        opts={"createdby": "Super User"},
    ),
    Story(
        id=251,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv",
        title="Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026",
        cat="tintuc",
        published_at="2026-10-28T16:20:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch của Đảng ủy Nhà trường, chiều 27/10/2026, Chi bộ Khoa Xây dựng "
                "Đảng tổ chức sinh hoạt chuyên đề với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ "
                "trong giai đoạn hiện nay”."
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ những ưu điểm, hạn chế trong "
                "việc thực hiện chế độ sinh hoạt chi bộ thời gian qua.",
                "brjoin",
            ),
            P(
                "Đồng chí Bí thư Chi bộ đề nghị mỗi đảng viên tiếp tục nêu cao tinh thần tự phê bình "
                "và phê bình, đổi mới nội dung, hình thức sinh hoạt để chi bộ thực sự là hạt nhân "
                "lãnh đạo."
            ),
            P("Buổi sinh hoạt chuyên đề diễn ra nghiêm túc, dân chủ với 9 ý kiến phát biểu."),
        ],
        authors=["Nguyễn Thị Thu Trang"],
        opts={
            "createdby": "Nguyễn Thị Thu Trang",
            "video": "https://www.youtube.com/embed/x7Q2sHv0TcM",
        },
    ),
    Story(
        id=260,
        slug="cong-doan-truong-to-chuc-giai-bong-chuyen-hoi-chao-mung-ngay-nha-giao",
        title=(
            "Công đoàn Trường tổ chức Giải bóng chuyền hơi chào mừng Ngày Nhà giáo Việt Nam 20/11"
        ),
        cat="congdoan",
        published_at="2026-11-12T17:05:00+07:00",
        blocks=[
            Img("/images/2026/11/bong-chuyen-hoi-01.jpg", style="gallery"),
            Img("/images/2026/11/bong-chuyen-hoi-02.jpg", style="gallery"),
            Img("/images/2026/11/bong-chuyen-hoi-03.jpg", style="gallery"),
            P(
                "Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), từ ngày "
                "10 đến 12/11/2026, Công đoàn Trường Chính trị tỉnh Thái Bình tổ chức Giải bóng "
                "chuyền hơi năm 2026."
            ),
            P(
                "Tham gia giải có 6 đội đến từ các khoa, phòng với gần 60 vận động viên là cán bộ, "
                "viên chức, người lao động Nhà trường."
            ),
            P(
                "Kết quả, đội Khoa Lý luận cơ sở đạt giải Nhất; đội Phòng Tổ chức - Hành chính đạt "
                "giải Nhì; đội Khoa Xây dựng Đảng và đội Phòng Đào tạo - Quản lý khoa học đồng giải "
                "Ba."
            ),
            Raw(RIGHT + "<strong>BCH Công đoàn Trường</strong></p>"),
        ],
        authors=["BCH Công đoàn Trường"],
        opts={"createdby": "Super User", "thumb": "/images/thumbs/260-bong-chuyen.jpg"},
    ),
    Story(
        id=267,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        cat="daotao",
        published_at="2026-11-30T10:00:00+07:00",
        blocks=[
            P(
                "Ngày 30/11/2026, Trường Chính trị tỉnh Thái Bình phối hợp với Bộ Chỉ huy Quân sự "
                "tỉnh tổ chức bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 "
                "năm 2026.",
                "lead",
            ),
            P(
                "Lớp học có 96 học viên là trưởng các đoàn thể, cán bộ chuyên môn cấp xã; học tập "
                "trong 5 ngày với 9 chuyên đề."
            ),
            Img(
                "/images/2026/11/be-giang-qpan-1.jpg",
                "Đại diện lãnh đạo Bộ Chỉ huy Quân sự tỉnh trao giấy chứng nhận cho học viên",
                "Đại diện lãnh đạo Bộ Chỉ huy Quân sự tỉnh trao giấy chứng nhận cho học viên",
                style="em",
            ),
            P(
                "Kết quả kiểm tra cuối khóa: 100% học viên đạt yêu cầu, trong đó 68,7% đạt loại khá, "
                "giỏi."
            ),
            Img(
                "/images/2026/11/be-giang-qpan-2.jpg",
                "(Học viên thực hành bắn súng tiểu liên AK)",
                "Học viên thực hành bắn súng tiểu liên AK",
                style="em",
            ),
            P("Dịp này, Nhà trường khen thưởng 5 học viên có thành tích xuất sắc trong khóa học."),
            Raw(RIGHT + "<strong>Tin: Phạm Hương - Ảnh: Quang Huy</strong></p>"),
        ],
        authors=["Phạm Hương"],
        photographers=["Quang Huy"],
        summary=(
            "Ngày 30/11/2026, Trường Chính trị tỉnh Thái Bình phối hợp với Bộ Chỉ huy Quân sự "
            "tỉnh tổ chức bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 "
            "năm 2026."
        ),
        opts={"createdby": "Super User"},
    ),
    Story(
        id=262,
        slug="khai-giang-lop-boi-duong-ngach-chuyen-vien-chinh-nam-2026",
        title="Khai giảng lớp Bồi dưỡng ngạch chuyên viên chính năm 2026",
        cat="daotao",
        published_at="2026-11-16T07:45:00+07:00",
        blocks=[
            P(
                "Sáng 16/11/2026, Nhà trường khai giảng lớp Bồi dưỡng ngạch chuyên viên chính năm "
                "2026 cho 75 học viên là công chức, viên chức các sở, ban, ngành và UBND các huyện, "
                "thành phố."
            ),
            P(
                "Chương trình bồi dưỡng gồm 3 phần với 16 chuyên đề, thời gian học tập 6 tuần, cụ "
                "thể như sau:"
            ),
            P("Phần | Nội dung | Số tiết", "row"),
            P("I | Kiến thức chung | 64", "row"),
            P("II | Kiến thức quản lý nhà nước theo ngành, lãnh thổ | 96", "row"),
            P("III | Kỹ năng | 80", "row"),
            P(
                "Kết thúc khóa học, học viên viết tiểu luận cuối khóa và được cấp chứng chỉ theo "
                "quy định của Bộ Nội vụ."
            ),
        ],
        authors=["Phòng Đào tạo - QLKH"],
        opts={"createdby": "Phòng Đào tạo - QLKH"},
    ),
    Story(
        id=254,
        slug="trao-bang-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-51",
        title="Trao bằng tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 51",
        cat="daotao",
        published_at="2026-10-30T09:10:00+07:00",
        blocks=[
            Img("/images/2026/10/tot-nghiep-k51.jpg", style="full"),
            P(
                "Ngày 29/10/2026, Trường Chính trị tỉnh Thái Bình tổ chức lễ bế giảng và trao bằng "
                "tốt nghiệp cho 108 học viên lớp Trung cấp lý luận chính trị - hành chính khóa 51 hệ "
                "không tập trung."
            ),
            P(
                "Kết quả, có 12 học viên tốt nghiệp loại giỏi (11,1%), 81 học viên loại khá (75%), "
                "15 học viên loại trung bình khá (13,9%)."
            ),
            P(
                "Nhà trường đã tặng giấy khen cho 6 học viên có thành tích xuất sắc trong học tập và "
                "rèn luyện."
            ),
            Raw(RIGHT + "<em>Nguồn: Phòng Đào tạo - QLKH</em></p>"),
        ],
        source="Phòng Đào tạo - QLKH",
        opts={"createdby": "quantri"},
    ),
    Story(
        id=265,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-vao-cong-tac-dao-tao-boi-duong",
        title=(
            "Vận dụng tư tưởng Hồ Chí Minh về cán bộ vào công tác đào tạo, bồi dưỡng cán bộ ở "
            "Trường Chính trị tỉnh Thái Bình hiện nay"
        ),
        cat="nckh",
        published_at="2026-11-25T08:00:00+07:00",
        blocks=[
            Raw(
                RIGHT + "<strong><em>TS. Vũ Thị Minh Hằng</em></strong><br />"
                "<em>Phó Trưởng khoa Nhà nước và Pháp luật</em></p>"
            ),
            P(
                "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là tài sản tinh thần vô giá của "
                "Đảng ta. Bài viết làm rõ một số nội dung cơ bản và đề xuất giải pháp vận dụng vào "
                "công tác đào tạo, bồi dưỡng ở Trường Chính trị tỉnh Thái Bình hiện nay.",
                "lead",
            ),
            P("1. Một số nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán bộ", "h3"),
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”[1]. Muôn việc "
                "thành công hoặc thất bại đều do cán bộ tốt hoặc kém.",
                "fn",
            ),
            P(
                "Người yêu cầu người cán bộ phải vừa có đức vừa có tài, trong đó đức là gốc; phải "
                "thường xuyên học tập, “học để làm việc, làm người, làm cán bộ”[2].",
                "fn",
            ),
            Raw("<!-- pagebreak -->"),
            P("2. Thực trạng và một số giải pháp", "h3"),
            P(
                "Những năm qua, Trường Chính trị tỉnh Thái Bình đã quán triệt sâu sắc tư tưởng Hồ Chí "
                "Minh trong xây dựng chương trình, nội dung đào tạo, bồi dưỡng. Tuy nhiên, việc gắn "
                "lý luận với thực tiễn ở một số học phần còn hạn chế."
            ),
            P(
                "Thứ nhất, tiếp tục đổi mới nội dung chương trình theo hướng tinh gọn, thiết thực, "
                "tăng thời lượng nghiên cứu thực tế."
            ),
            P(
                "Thứ hai, xây dựng đội ngũ giảng viên vừa hồng vừa chuyên, thực hiện nghiêm chế độ "
                "đi nghiên cứu thực tế."
            ),
            P("Thứ ba, đổi mới công tác kiểm tra, đánh giá kết quả học tập, rèn luyện của học viên."),
            P("Tài liệu tham khảo", "bold"),
            P(
                "[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.309.",
                "note",
            ),
            P("[2] Sđd, t.6, tr.208.", "note"),
        ],
        authors=["Vũ Thị Minh Hằng"],
        summary=(
            "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là tài sản tinh thần vô giá của "
            "Đảng ta. Bài viết làm rõ một số nội dung cơ bản và đề xuất giải pháp vận dụng vào "
            "công tác đào tạo, bồi dưỡng ở Trường Chính trị tỉnh Thái Bình hiện nay."
        ),
        opts={
            "createdby": "Super User",
            "pagebreak": "Thực trạng và giải pháp",
            "thumb": "/images/thumbs/265-tu-tuong-hcm.jpg",
        },
    ),
    Story(
        id=258,
        slug="mot-so-giai-phap-nang-cao-chat-luong-giang-day-chuyen-de-thuc-tien",
        title="Một số giải pháp nâng cao chất lượng giảng dạy chuyên đề thực tiễn tỉnh Thái Bình",
        cat="nckh",
        published_at="2026-11-06T10:30:00+07:00",
        blocks=[
            P(
                "Theo quy định, các chuyên đề thực tiễn của địa phương chiếm khoảng 10% tổng thời "
                "lượng chương trình trung cấp lý luận chính trị - hành chính.",
                "mso",
            ),
            P(
                "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX xác định nhiệm vụ xây dựng đội "
                "ngũ cán bộ các cấp đủ phẩm chất, năng lực, uy tín.",
                "mso sup:XX:1",
            ),
            P(
                "Để nâng cao chất lượng giảng dạy các chuyên đề này, cần thực hiện đồng bộ các giải "
                "pháp sau:",
                "mso",
            ),
            P("Cập nhật thường xuyên số liệu, tư liệu thực tiễn của tỉnh vào bài giảng;", "msolist"),
            P("Mời lãnh đạo các sở, ngành tham gia báo cáo chuyên đề;", "msolist"),
            P("Tăng cường tổ chức cho học viên đi nghiên cứu thực tế tại cơ sở.", "msolist"),
            P("Chú thích", "mso bold"),
            P(
                "1. Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX, nhiệm kỳ "
                "2025 - 2030.",
                "msonote",
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b>'
                '<span style="font-size:13.0pt;mso-bidi-font-size:14.0pt">ThS. Đỗ Văn Khải</span>'
                "</b><br /><i>Giảng viên Khoa Lý luận cơ sở</i><o:p></o:p></p>"
            ),
        ],
        authors=["Đỗ Văn Khải"],
        opts={"createdby": "Super User"},
    ),
    Story(
        id=264,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-nam-2027",
        title=(
            "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung "
            "năm 2027"
        ),
        cat="thongbao",
        published_at="2026-11-23",
        blocks=[
            Raw(_LETTERHEAD),
            P(
                "Căn cứ Kế hoạch đào tạo, bồi dưỡng năm 2027 đã được Ban Thường vụ Tỉnh ủy phê "
                "duyệt, Trường Chính trị tỉnh Thái Bình thông báo tuyển sinh lớp Trung cấp lý luận "
                "chính trị - hành chính hệ không tập trung năm 2027 như sau:"
            ),
            P(
                "1. Đối tượng: cán bộ, công chức, viên chức trong quy hoạch chức danh lãnh đạo, quản "
                "lý cấp phòng và tương đương; cán bộ chủ chốt cấp xã."
            ),
            P(
                "2. Hồ sơ gồm: công văn cử đi học của cấp ủy quản lý; bản sao bằng tốt nghiệp trung "
                "học phổ thông; sơ yếu lý lịch có xác nhận của cơ quan."
            ),
            P(
                "3. Thời gian nhận hồ sơ: từ ngày 01/12/2026 đến hết ngày 25/12/2026 tại Phòng Đào "
                "tạo - Quản lý khoa học."
            ),
            P(
                "Mọi chi tiết xin liên hệ Phòng Đào tạo - Quản lý khoa học, điện thoại "
                "0227.3831.584, email: tuyensinh.tct@thaibinh.gov.vn",
                "cloak:tuyensinh.tct@thaibinh.gov.vn",
            ),
            Raw(_SIGNATURE),
        ],
        authors=["Lê Quang Vinh"],
        opts={"createdby": "Super User", "pub": "2026-11-24T08:00:00+07:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


# --- non-article pages with article markup ----------------------------------------------------


@dataclass(frozen=True)
class Page:
    path: str
    title: str
    paragraphs: tuple[str, ...]
    pub: str
    hits: int
    menu_title: str
    crumbs: tuple[tuple[str, str], ...]
    attachment: tuple[str, str] | None = None
    doc_table: tuple[tuple[str, str], ...] = ()


INTRO_PAGES = [
    Page(
        "/gioi-thieu",
        "Giới thiệu chung về Trường Chính trị tỉnh Thái Bình",
        (
            "Trường Chính trị tỉnh Thái Bình là đơn vị sự nghiệp trực thuộc Tỉnh ủy, chịu sự "
            "lãnh đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy và sự chỉ đạo, hướng dẫn về "
            "chuyên môn, nghiệp vụ của Học viện Chính trị quốc gia Hồ Chí Minh.",
            "Nhà trường có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ, "
            "công chức, viên chức của hệ thống chính trị ở địa phương.",
        ),
        "2019-03-12T09:00:00+07:00",
        15872,
        "Giới thiệu",
        (("/gioi-thieu", "Giới thiệu"),),
    ),
    Page(
        "/gioi-thieu/lich-su-phat-trien",
        "Lịch sử hình thành và phát triển",
        (
            "Tiền thân của Trường Chính trị tỉnh Thái Bình là Trường Đảng tỉnh Thái Bình, được "
            "thành lập năm 1949 trong kháng chiến chống thực dân Pháp.",
            "Qua hơn 75 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục "
            "nghìn lượt cán bộ cho tỉnh; được Đảng, Nhà nước tặng thưởng Huân chương Lao động "
            "hạng Nhất.",
        ),
        "2019-03-12T09:20:00+07:00",
        6231,
        "Lịch sử phát triển",
        (("/gioi-thieu", "Giới thiệu"), ("/gioi-thieu/lich-su-phat-trien", "Lịch sử phát triển")),
    ),
    Page(
        "/gioi-thieu/co-cau-to-chuc",
        "Cơ cấu tổ chức",
        (
            "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
            "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Đào tạo - Quản lý khoa học.",
            "Các khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và Pháp "
            "luật; Khoa Dân vận.",
        ),
        "2021-08-05T14:10:00+07:00",
        4410,
        "Cơ cấu tổ chức",
        (("/gioi-thieu", "Giới thiệu"), ("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức")),
    ),
]

DOC_PAGES = [
    Page(
        "/van-ban-tai-lieu/241-ke-hoach-dao-tao-boi-duong-can-bo-nam-2027",
        "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027",
        ("Kế hoạch số 112-KH/TCT về đào tạo, bồi dưỡng cán bộ, công chức năm 2027.",),
        "2026-11-10T15:00:00+07:00",
        388,
        "Văn bản - Tài liệu",
        (("/van-ban-tai-lieu", "Văn bản - Tài liệu"),),
        attachment=("/images/van-ban/2026/kh-112-tct.pdf", "KH 112-KH-TCT.pdf"),
        doc_table=(
            ("Số ký hiệu", "112-KH/TCT"),
            ("Ngày ban hành", "08/11/2026"),
            ("Cơ quan ban hành", "Trường Chính trị tỉnh Thái Bình"),
            ("Trích yếu", "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027"),
        ),
    ),
    Page(
        "/van-ban-tai-lieu/236-quy-che-quan-ly-hoc-vien",
        "Quy chế quản lý học viên",
        ("Quyết định số 87-QĐ/TCT ban hành Quy chế quản lý học viên của Trường Chính trị tỉnh.",),
        "2026-10-14T08:30:00+07:00",
        517,
        "Văn bản - Tài liệu",
        (("/van-ban-tai-lieu", "Văn bản - Tài liệu"),),
        attachment=("/images/van-ban/2026/qd-87-tct.pdf", "QD 87-QD-TCT quy che hoc vien.pdf"),
        doc_table=(
            ("Số ký hiệu", "87-QĐ/TCT"),
            ("Ngày ban hành", "12/10/2026"),
            ("Cơ quan ban hành", "Trường Chính trị tỉnh Thái Bình"),
            ("Trích yếu", "Ban hành Quy chế quản lý học viên"),
        ),
    ),
]

ALBUM_PATH = "/thu-vien-anh/album/3-khai-giang-k54"
CONTACT_PATH = "/lien-he"
SEARCH_PATH = "/tim-kiem"
PDFS = {
    "/images/van-ban/2026/tb-245-tct.pdf",
    "/images/van-ban/2026/kh-112-tct.pdf",
    "/images/van-ban/2026/qd-87-tct.pdf",
}


# --- small helpers ----------------------------------------------------------------------------

_MONTHS = {m: f"Tháng {m}" for m in range(1, 13)}


def _pub(story: Story) -> str:
    """The publish_up Joomla stored (ISO with offset)."""
    return story.opts.get("pub") or story.published_at


def lc3(iso: str) -> str:
    """DATE_FORMAT_LC3 of vi-VN: "d F Y" -> "02 Tháng 12 2026"."""
    y, m, d = iso[:10].split("-")
    return f"{d} {_MONTHS[int(m)]} {y}"


def dmy(iso: str) -> str:
    y, m, d = iso[:10].split("-")
    return f"{d}-{m}-{y}"


def article_path(story: Story) -> str:
    return f"{MENUS[story.cat].path}/{story.id}-{story.slug}"


def component_path(story: Story) -> str:
    return (
        f"/component/content/article/{story.id}-{story.slug}"
        f"?catid={MENUS[story.cat].catid}&Itemid={HOME_ITEMID}"
    )


def print_path(story: Story) -> str:
    return article_path(story) + "?tmpl=component&print=1"


def hits(story: Story) -> int:
    return story.views()


def in_menu(menu_key: str) -> list[Story]:
    """The category's articles, newest first (the blog's ordering)."""
    return sorted(
        (s for s in STORIES if s.cat == menu_key), key=lambda s: _pub(s), reverse=True
    )


def intro_text(story: Story) -> str:
    first = next(b for b in story.blocks if isinstance(b, P))
    return first.text


# --- chrome -----------------------------------------------------------------------------------

_MEGAMENU = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu",
        "Giới thiệu",
        [("/gioi-thieu/lich-su-phat-trien", "Lịch sử phát triển"),
         ("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức")],
    ),
    (
        "/tin-tuc-su-kien",
        "Tin tức - Sự kiện",
        [("/tin-tuc-su-kien/cong-doan-doan-thanh-nien", "Công đoàn - Đoàn thanh niên")],
    ),
    ("/dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", []),
    ("/nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", []),
    ("/thong-bao", "Thông báo", []),
    ("/van-ban-tai-lieu", "Văn bản - Tài liệu", []),
    (CONTACT_PATH, "Liên hệ", []),
]


def _megamenu(active: str) -> str:
    items = []
    for href, label, children in _MEGAMENU:
        cls = "sp-menu-item" + (" sp-has-child" if children else "")
        if href == active or any(c[0] == active for c in children):
            cls += " active"
        sub = ""
        if children:
            sub = (
                '<div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 240px;">'
                '<div class="sp-dropdown-inner"><ul class="sp-dropdown-items">'
                + "".join(
                    f'<li class="sp-menu-item"><a href="{h}">{esc(t)}</a></li>' for h, t in children
                )
                + "</ul></div></div>"
            )
        items.append(f'<li class="{cls}"><a href="{href}">{esc(label)}</a>{sub}</li>')
    return '<ul class="sp-megamenu-parent menu-fade hidden-sm hidden-xs">' + "".join(items) + "</ul>"


def _offcanvas_menu() -> str:
    items = []
    for href, label, children in _MEGAMENU:
        sub = ""
        if children:
            sub = '<ul class="nav-child unstyled small">' + "".join(
                f'<li class="item-1{i}"><a href="{h}">{esc(t)}</a></li>'
                for i, (h, t) in enumerate(children)
            ) + "</ul>"
        items.append(f'<li class="deeper parent"><a href="{href}">{esc(label)}</a>{sub}</li>')
    return (
        '<div class="offcanvas-menu"><a href="#" class="close-offcanvas" aria-label="Close">'
        '<i class="fa fa-remove" aria-hidden="true"></i></a><div class="offcanvas-inner">'
        '<div class="sp-module _menu"><h3 class="sp-module-title">Menu</h3>'
        '<div class="sp-module-content"><ul class="nav menu">' + "".join(items)
        + "</ul></div></div></div></div>"
    )


_POPULAR = [268, 263, 265, 267, 259]


def _sidebar() -> str:
    popular = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(component_path(BY_ID[i]))}"'
        f' itemprop="url"><span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>'
        for i in _POPULAR
    )
    docs = "".join(
        f'<li><a href="{d.path}">{esc(d.title)}</a></li>' for d in DOC_PAGES
    )
    return (
        '<div id="sp-right" class="col-sm-3 col-md-3"><div class="sp-column class2">'
        # search
        '<div class="sp-module "><div class="sp-module-content"><div class="search">'
        f'<form action="{SEARCH_PATH}" method="post"><input name="searchword" id="mod-search-'
        'searchword" maxlength="200" class="inputbox search-query" type="search" '
        'placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" />'
        '<input type="hidden" name="option" value="com_search" />'
        f'<input type="hidden" name="Itemid" value="{HOME_ITEMID}" /></form></div></div></div>'
        # popular
        '<div class="sp-module  doc-nhieu"><h3 class="sp-module-title">Đọc nhiều</h3>'
        '<div class="sp-module-content"><ul class="mostread mod-list">' + popular
        + "</ul></div></div>"
        # documents
        '<div class="sp-module "><h3 class="sp-module-title">Văn bản mới</h3>'
        '<div class="sp-module-content"><ul class="latestnews mod-list">' + docs
        + '</ul></div></div>'
        # album
        '<div class="sp-module "><h3 class="sp-module-title">Thư viện ảnh</h3>'
        '<div class="sp-module-content"><div class="custom">'
        f'<p><a href="{ALBUM_PATH}"><img src="/images/phocagallery/k54/thumbs/phoca_thumb_m_01.jpg"'
        ' alt="Khai giảng K54" width="260" height="170" /></a></p>'
        f'<p><a href="{ALBUM_PATH}">Lễ khai giảng lớp TCLLCT-HC khóa 54</a></p></div></div></div>'
        # links
        '<div class="sp-module "><h3 class="sp-module-title">Liên kết website</h3>'
        '<div class="sp-module-content"><div class="custom"><select name="lienket" '
        "onchange=\"if(this.value) window.open(this.value,'_blank');\" style=\"width:100%\">"
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="https://thaibinh.gov.vn">Cổng TTĐT tỉnh Thái Bình</option>'
        '<option value="https://baothaibinh.com.vn">Báo Thái Bình</option>'
        "</select>"
        '<p><a href="https://tulieuvankien.dangcongsan.vn" target="_blank"><img '
        'src="/images/banners/tu-lieu-van-kien.png" alt="Tư liệu văn kiện Đảng" /></a></p>'
        "</div></div></div>"
        # counter
        '<div class="sp-module "><h3 class="sp-module-title">Thống kê truy cập</h3>'
        '<div class="sp-module-content"><div id="vvisit_counter" class="vvisit_counter">'
        '<table cellpadding="0" cellspacing="0" style="width: 90%;"><tbody>'
        '<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/vtoday.png" '
        'alt="" /></td><td>Đang online</td><td align="right">27</td></tr>'
        '<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/vyesterday.png" '
        'alt="" /></td><td>Hôm nay</td><td align="right">412</td></tr>'
        '<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/vall.png" '
        'alt="" /></td><td>Tổng truy cập</td><td align="right">1.254.336</td></tr>'
        "</tbody></table></div></div></div>"
        "</div></div>"
    )


def _page_title_box(h2: str, crumbs: list[tuple[str | None, str]]) -> str:
    items = ['<li><a href="/" class="pathway">Trang chủ</a></li>']
    for i, (href, label) in enumerate(crumbs):
        if href and i < len(crumbs) - 1:
            items.append(
                '<li><span class="divider"></span>'
                f'<a href="{href}" class="pathway">{esc(label)}</a></li>'
            )
        else:
            items.append(f'<li class="active">{esc(label)}</li>')
    return (
        '<section id="sp-page-title"><div class="row"><div id="sp-title" '
        'class="col-sm-12 col-md-12"><div class="sp-column "><div class="sp-page-title">'
        f'<div class="container"><h2>{esc(h2)}</h2>'
        '<ol class="breadcrumb"><span><i class="fa fa-home"></i></span>' + "".join(items)
        + "</ol></div></div></div></div></div></section>"
    )


def layout(
    request: Request,
    *,
    title: str,
    body_class: str,
    itemid: int,
    component: str,
    title_box: str,
    meta_author: str | None = None,
) -> Response:
    base = base_url(request)
    author = f'<meta name="author" content="{esc(meta_author)}" />' if meta_author else ""
    page = f"""<!DOCTYPE html>
<html xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="/images/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<base href="{esc(base + request.path)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="Trường Chính trị, Thái Bình, lý luận chính trị, đào tạo cán bộ" />
{author}
<meta name="description" content="Trang thông tin điện tử {SITE} - đào tạo, bồi dưỡng cán bộ" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/shaper_helix3/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="/templates/shaper_helix3/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
<link href="/templates/shaper_helix3/css/template.css" rel="stylesheet" type="text/css" />
<link href="/templates/shaper_helix3/css/presets/preset1.css" rel="stylesheet" class="preset" type="text/css" />
<script src="/media/jui/js/jquery.min.js?8f2b1c" type="text/javascript"></script>
<script src="/media/system/js/caption.js?8f2b1c" type="text/javascript"></script>
<script src="/templates/shaper_helix3/js/main.js" type="text/javascript"></script>
<script type="text/javascript">
jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});
var sp_preloader = '0'; var sp_gotop = '1'; var sp_offanimation = 'default';
</script>
</head>
<body class="site {body_class} no-layout no-task itemid-{itemid} vi-vn ltr  sticky-header layout-fluid off-canvas-menu-init">
<div class="body-wrapper"><div class="body-innerwrapper">
<section id="sp-top-bar"><div class="container"><div class="row">
<div id="sp-top1" class="col-sm-6 col-md-6"><div class="sp-column "><ul class="social-icons">
<li><a target="_blank" href="https://www.facebook.com/truongchinhtrithaibinh"><i class="fa fa-facebook"></i></a></li>
<li><a target="_blank" href="https://www.youtube.com/channel/UCtctthaibinh"><i class="fa fa-youtube"></i></a></li>
</ul><div class="sp-module "><div class="sp-module-content"><div class="custom"><p><i class="fa fa-calendar"></i> {HEADER_DATE}</p></div></div></div></div></div>
<div id="sp-top2" class="col-sm-6 col-md-6"><div class="sp-column "><ul class="sp-contact-info">
<li class="sp-contact-phone"><i class="fa fa-phone"></i> <a href="tel:02273831584">0227 3831 584</a></li>
<li class="sp-contact-email"><i class="fa fa-envelope"></i> <a href="mailto:truongchinhtri@thaibinh.gov.vn">truongchinhtri@thaibinh.gov.vn</a></li>
</ul></div></div></div></div></section>
<header id="sp-header"><div class="container"><div class="row">
<div id="sp-logo" class="col-xs-8 col-sm-3 col-md-3"><div class="sp-column "><div class="logo"><a href="/">
<img class="sp-default-logo hidden-xs" src="/images/logo-tct-thaibinh.png" alt="{SITE}">
<img class="sp-default-logo visible-xs" src="/images/logo-tct-thaibinh-mobile.png" alt="{SITE}"></a></div></div></div>
<div id="sp-menu" class="col-xs-4 col-sm-9 col-md-9"><div class="sp-column "><div class="sp-megamenu-wrapper">
<a id="offcanvas-toggler" class="visible-sm visible-xs" aria-label="Menu" href="#"><i class="fa fa-bars" aria-hidden="true" title="Menu"></i></a>
{_megamenu(request.path)}
</div></div></div></div></div></header>
{title_box}
<section id="sp-main-body"><div class="container"><div class="row">
<div id="sp-component" class="col-sm-9 col-md-9"><div class="sp-column "><div id="system-message-container"></div>
{component}
</div></div>
{_sidebar()}
</div></div></section>
<section id="sp-bottom"><div class="container"><div class="row">
<div id="sp-bottom1" class="col-sm-6 col-md-6"><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">{SITE.upper()}</h3>
<div class="sp-module-content"><div class="custom"><p>Địa chỉ: Số 2 đường Lê Quý Đôn, phường Tiền Phong, thành phố Thái Bình, tỉnh Thái Bình</p>
<p>Điện thoại: 0227 3831 584 - Fax: 0227 3831 585</p><p>Email: truongchinhtri@thaibinh.gov.vn</p></div></div></div></div></div>
<div id="sp-bottom2" class="col-sm-6 col-md-6"><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">Liên kết nhanh</h3>
<div class="sp-module-content"><ul class="nav menu"><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/thong-bao">Thông báo</a></li><li><a href="{CONTACT_PATH}">Liên hệ</a></li></ul></div></div></div></div>
</div></div></section>
<footer id="sp-footer"><div class="container"><div class="row"><div id="sp-footer1" class="col-sm-12 col-md-12"><div class="sp-column "><span class="sp-copyright">© 2026 {SITE}. Chịu trách nhiệm nội dung: Hiệu trưởng Trần Văn Hải. Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Thái Bình cấp.</span></div></div></div></div></footer>
</div></div>
{_offcanvas_menu()}
<a href="javascript:void(0)" class="scrollup" aria-label="Lên đầu trang">&nbsp;</a>
</body>
</html>"""
    return html(page)


# --- article markup ---------------------------------------------------------------------------


def _cloak(address: str, seed: str) -> str:
    h = hashlib.md5((seed + address).encode()).hexdigest()
    user, domain = address.split("@")
    parts = domain.split(".")
    js_domain = " + '&#46;' + ".join(f"'{p}'" for p in parts)
    return (
        f'<span id="cloak{h}">Địa chỉ email này đang được bảo vệ khỏi chương trình thu thập '
        "email. Bạn cần bật JavaScript để xem.</span><script type='text/javascript'>\n"
        f"\t\t\t\tdocument.getElementById('cloak{h}').innerHTML = '';\n"
        "\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        "\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{h} = '{user}' + '&#64;';\n"
        f"\t\t\t\taddy{h} = addy{h} + {js_domain};\n"
        f"\t\t\t\tvar addy_text{h} = '{user}' + '&#64;' + {js_domain};"
        f"document.getElementById('cloak{h}').innerHTML += '<a ' + path + '\\'' + prefix + ':' "
        f"+ addy{h} + '\\'>'+addy_text{h}+'<\\/a>';\n\t\t</script>"
    )


def _para(p: P, story: Story) -> str:
    """One text paragraph in the editor's markup (lists/rows are grouped by the caller)."""
    t = text(p.text)
    style = p.style
    if style.startswith("link:"):
        phrase, url = style[5:].split("|", 1)
        t = t.replace(esc(phrase), f'<a href="{url}">{esc(phrase)}</a>')
        return f'<p style="text-align: justify;">{t}</p>'
    if style.startswith("cloak:"):
        address = style[6:]
        t = t.replace(esc(address), _cloak(address, str(story.id)))
        return f'<p style="text-align: justify;">{t}</p>'
    if style == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if style == "h3":
        return f"<h3>{t}</h3>"
    if style == "bold":
        return f"<p><strong>{t}</strong></p>"
    if style == "fn":
        t = re.sub(
            r"\[(\d)\]",
            r'<a href="#_ftn\1" name="_ftnref\1" title="">[\1]</a>',
            t,
        )
        return f'<p style="text-align: justify;">{t}</p>'
    if style == "note":
        n = p.text[1]
        t = t.replace(f"[{n}]", f'<a href="#_ftnref{n}" name="_ftn{n}" title="">[{n}]</a>', 1)
        return f'<div id="ftn{n}"><p style="text-align: justify;">{t}</p></div>'
    if style == "msolist":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-indent:-18.0pt;'
            'mso-list:l0 level1 lfo1"><span style="font-family:Symbol;mso-fareast-font-family:'
            'Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman'
            '&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
            f'<span style="font-size:14.0pt">{t}</span><o:p></o:p></p>'
        )
    if style.startswith("mso"):
        m = re.search(r"sup:(\S+):(\d+)", style)
        if m:
            word, n = m.group(1), m.group(2)
            t = t.replace(
                word,
                f'{word}<a href="#_ftn{n}" name="_ftnref{n}" title=""><span '
                'class="MsoFootnoteReference"><span style="mso-special-character:footnote">'
                f'<sup><span style="font-size:13.0pt">{n}</span></sup></span></span></a>',
                1,
            )
        if "bold" in style:
            t = f"<b>{t}</b>"
        if style == "msonote":
            n = p.text[0]
            t = t.replace(
                f"{n}.",
                f'<a href="#_ftnref{n}" name="_ftn{n}" title="">{n}</a>.',
                1,
            )
            return f'<div id="ftn{n}"><p class="MsoFootnoteText">{t}<o:p></o:p></p></div>'
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:'
            f'36.0pt;line-height:120%"><span style="font-size:14.0pt;line-height:120%">{t}'
            "</span><o:p></o:p></p>"
        )
    return f'<p style="text-align: justify;">{t}</p>'


def _img_inline(img: Img, story: Story) -> str:
    alt = esc(story.slug[:40])
    if img.style == "jce":
        return (
            '<div class="jce_caption" style="display: block; margin-left: auto; margin-right: '
            'auto; width: 600px;">'
            f'<img src="{img.src}" alt="{alt}" width="600" height="400" '
            'style="display: block; margin-left: auto; margin-right: auto;" />'
            '<div style="text-align: center; font-style: italic; padding: 4px; background: '
            f'#f1f1f1; clear: both;">{esc(img.printed or "")}</div></div>'
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;"><img src="{img.src}" alt="{alt}" width="640" '
            'height="427" /></p>'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    return f'<p style="text-align: center;"><img src="{img.src}" alt="{alt}" width="640" /></p>'


def render_text(story: Story, blocks: list) -> str:
    """The article text (introtext + fulltext) as the editor saved it."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html != "<!-- pagebreak -->":
                out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            if b.style not in ("full", "gallery"):
                out.append(_img_inline(b, story))
            i += 1
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
        elif b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append(
                    "<tr>"
                    + "".join(f'<{tag} style="border: 1px solid #999;">{text(c)}</{tag}>' for c in cells)
                    + "</tr>"
                )
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%; border-collapse: '
                'collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
            )
        elif b.style == "brjoin" and i + 1 < len(blocks) and isinstance(blocks[i + 1], P):
            out.append(
                f'<p style="text-align: justify;">{text(b.text)}<br />{text(blocks[i + 1].text)}</p>'
            )
            i += 2
        else:
            out.append(_para(b, story))
            i += 1
    return "\n".join(out)


def _parts(story: Story) -> list[list]:
    parts: list[list] = [[]]
    for b in story.blocks:
        if isinstance(b, Raw) and b.html == "<!-- pagebreak -->":
            parts.append([])
        else:
            parts[-1].append(b)
    return parts


def _info_above(story: Story) -> str:
    menu = MENUS[story.cat]
    pub = _pub(story)
    return (
        '<dl class="article-info"><dt class="article-info-term"></dt>'
        '<dd class="createdby" itemprop="author" itemscope itemtype="http://schema.org/Person">'
        '<i class="fa fa-user"></i> <span itemprop="name" data-toggle="tooltip" title="Viết bởi ">'
        f"{esc(story.opts['createdby'])}</span></dd>"
        '<dd class="category-name"><i class="fa fa-folder-open-o"></i> '
        f'<a href="{menu.path}" itemprop="genre" data-toggle="tooltip" '
        f'title="Danh mục bài viết">{esc(menu.title)}</a></dd>'
        '<dd class="published"><i class="fa fa-calendar-o"></i> '
        f'<time datetime="{pub}" itemprop="datePublished" data-toggle="tooltip" '
        f'title="Ngày đăng">{lc3(pub)}</time></dd>'
        "</dl>"
    )


def _info_below(story: Story) -> str:
    rows = []
    if "created" in story.opts:
        c = story.opts["created"]
        rows.append(
            '<dd class="create"><i class="fa fa-clock-o"></i> '
            f'<time datetime="{c}" itemprop="dateCreated">Ngày tạo: {lc3(c)}</time></dd>'
        )
    if "modified" in story.opts:
        m = story.opts["modified"]
        rows.append(
            '<dd class="modified"><i class="fa fa-calendar"></i> '
            f'<time datetime="{m}" itemprop="dateModified">Cập nhật lần cuối: {lc3(m)}</time></dd>'
        )
    rows.append(
        '<dd class="hits"><span class="fa fa-eye"></span> '
        f'<meta itemprop="interactionCount" content="UserPageVisits:{hits(story)}" />'
        f"Lượt xem: {hits(story)}</dd>"
    )
    return '<dl class="article-info muted"><dt class="article-info-term"></dt>' + "".join(rows) + "</dl>"


def _post_format_top(story: Story) -> tuple[str, str]:
    """Helix3's media above the header and the post-format icon."""
    full = [b for b in story.blocks if isinstance(b, Img) and b.style == "full"]
    gallery = [b for b in story.blocks if isinstance(b, Img) and b.style == "gallery"]
    if gallery:
        cid = f"carousel-gallery-{story.id}"
        items = "".join(
            f'<div class="item{" active" if n == 0 else ""}"><img src="{g.src}" alt=""></div>'
            for n, g in enumerate(gallery)
        )
        return (
            f'<div class="entry-gallery"><div id="{cid}" class="carousel slide" data-ride="carousel">'
            f'<div class="carousel-inner" role="listbox">{items}</div>'
            f'<a class="left carousel-control" role="button" data-slide="prev" href="#{cid}">'
            '<span class="fa fa-angle-left" aria-hidden="true"></span></a>'
            f'<a class="right carousel-control" role="button" data-slide="next" href="#{cid}">'
            '<span class="fa fa-angle-right" aria-hidden="true"></span></a></div></div>',
            "fa-picture-o",
        )
    if "video" in story.opts:
        return (
            '<div class="entry-video embed-responsive embed-responsive-16by9">'
            f'<iframe class="embed-responsive-item" src="{story.opts["video"]}" width="600" '
            'height="400" frameborder="0" webkitAllowFullScreen mozallowfullscreen allowFullScreen>'
            "</iframe></div>",
            "fa-video-camera",
        )
    if full:
        img = full[0]
        cap = f'class="caption" title="{esc(img.printed)}" ' if img.printed else ""
        return (
            f'<div class="entry-image full-image"> <img {cap}src="{img.src}" alt="" '
            'itemprop="image"/> </div>',
            "fa-thumb-tack",
        )
    return "", "fa-thumb-tack"


def _social(url: str, title: str) -> str:
    return (
        '<div class="helix-social-share"><div class="helix-social-share-icon"><ul>'
        '<li><div class="facebook" data-toggle="tooltip" data-placement="top" title="Chia sẻ '
        f'Facebook"><a class="facebook" onClick="window.open(\'http://www.facebook.com/sharer.php'
        f"?u={url}','Facebook','width=600,height=300,left=(screen.availWidth/2-300),top="
        f"(screen.availHeight/2-150)'); return false;\" href=\"http://www.facebook.com/sharer.php"
        f'?u={url}"><i class="fa fa-facebook"></i></a></div></li>'
        '<li><div class="twitter" data-toggle="tooltip" data-placement="top" title="Chia sẻ '
        f'Twitter"><a class="twitter" href="http://twitter.com/share?url={url}&amp;text='
        f'{esc(title)}" target="_blank"><i class="fa fa-twitter"></i></a></div></li>'
        '<li><div class="linkedin"><a class="linkedin" data-toggle="tooltip" data-placement="top"'
        f' title="Chia sẻ Linkedin" href="http://www.linkedin.com/shareArticle?mini=true&amp;url='
        f'{url}" target="_blank"><i class="fa fa-linkedin-square"></i></a></div></li>'
        "</ul></div></div>"
    )


def _icons(story: Story) -> str:
    return (
        '<div class="icons"><div class="btn-group pull-right">'
        f'<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{story.id}" '
        'aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" '
        'aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span>'
        '<span class="caret" aria-hidden="true"></span></button>'
        f'<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{story.id}">'
        f'<li class="print-icon"><a href="{esc(print_path(story))}" title="In bài viết &lt; '
        f"{esc(story.title)} &gt;\" onclick=\"window.open(this.href,'win2','status=no,toolbar=no,"
        "scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,"
        "location=no'); return false;\" rel=\"nofollow\"><span class=\"icon-print\" "
        'aria-hidden="true"></span> In</a></li></ul></div></div>'
    )


def _pagebreak_wrap(story: Story, part: int | None) -> str:
    """The article text through the pagebreak plugin; part None = show all."""
    parts = _parts(story)
    if len(parts) == 1:
        return render_text(story, parts[0])
    url = article_path(story)
    toc_labels = [story.title, story.opts["pagebreak"]]
    toc = []
    for n, label in enumerate(toc_labels):
        href = url if n == 0 else f"{url}?start={n}"
        active = part == n
        toc.append(
            f'<li class="{"active" if active else ""}"><a href="{href}" class="toclink'
            f'{" active" if active else ""}">{esc(label)}</a></li>'
        )
    toc.append(
        f'<li class="{"active" if part is None else ""}"><a href="{url}?showall=1" '
        f'class="toclink{" active" if part is None else ""}">Tất cả các trang</a></li>'
    )
    index = (
        '<div class="pull-right article-index"><h3>Mục lục bài viết</h3>'
        '<ul class="nav nav-tabs nav-stacked">' + "".join(toc) + "</ul></div>"
    )
    if part is None:
        return index + "\n" + "\n".join(render_text(story, p) for p in parts)
    counter = f'<div class="pagenavcounter">Trang {part + 1} / {len(parts)}</div>'
    prev_li = (
        f'<li class="previous"><a href="{url}" rel="prev">&lt;&lt; Trước</a></li>' if part else ""
    )
    next_li = (
        f'<li class="next"><a href="{url}?start={part + 1}" rel="next">Tiếp &gt;&gt;</a></li>'
        if part + 1 < len(parts)
        else ""
    )
    pager = f'<div class="pager"><ul>{prev_li}{next_li}</ul></div>'
    return index + counter + "\n" + render_text(story, parts[part]) + "\n" + pager


def _pagenav(story: Story) -> str:
    """Joomla's prev/next plugin, switched on for the research section only."""
    if story.cat != "nckh":
        return ""
    items = in_menu(story.cat)
    i = items.index(story)
    out = []
    if i > 0:
        p = items[i - 1]
        out.append(
            f'<li class="previous"><a class="hasTooltip" title="{esc(p.title)}" aria-label="Bài '
            f'trước: {esc(p.title)}" href="{article_path(p)}" rel="prev"><span class="icon-chevron-'
            'left" aria-hidden="true"></span> <span aria-hidden="true">Bài trước</span></a></li>'
        )
    if i + 1 < len(items):
        n = items[i + 1]
        out.append(
            f'<li class="next"><a class="hasTooltip" title="{esc(n.title)}" aria-label="Bài tiếp: '
            f'{esc(n.title)}" href="{article_path(n)}" rel="next"><span aria-hidden="true">Bài tiếp'
            '</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        )
    return '<ul class="pager pagenav">' + "".join(out) + "</ul>"


def article_markup(request: Request, story: Story, part: int | None, printing: bool) -> str:
    top, icon = _post_format_top(story)
    url = base_url(request) + article_path(story)
    body = _pagebreak_wrap(story, None if printing else part)
    if printing and len(_parts(story)) > 1:
        body = "\n".join(render_text(story, p) for p in _parts(story))
    return (
        '<article class="item item-page" itemscope itemtype="http://schema.org/Article">'
        '<meta itemprop="inLanguage" content="vi-VN" />'
        + top
        + '<div class="entry-header has-post-format">'
        f'<span class="post-format"><i class="fa {icon}"></i></span>'
        + _info_above(story)
        + f'<h2 itemprop="name">{esc(story.title)}</h2></div>'
        + ("" if printing else _icons(story))
        + f'<div itemprop="articleBody">\n{body}\n</div>'
        + _info_below(story)
        + ("" if printing else _social(url, story.title) + _pagenav(story))
        + "</article>"
    )


def article_page(request: Request, story: Story, part: int | None, via_component: bool) -> Response:
    menu = MENUS[story.cat]
    if via_component:
        h2, itemid = "Trang chủ", HOME_ITEMID
        crumbs: list[tuple[str | None, str]] = [(menu.path, menu.title), (None, story.title)]
    else:
        h2, itemid = menu.title, menu.itemid
        crumbs = []
        if menu.parent:
            parent = MENUS[menu.parent]
            crumbs.append((parent.path, parent.title))
        crumbs += [(menu.path, menu.title), (None, story.title)]
    title = story.title + (f" - {story.opts['pagebreak']}" if part else "")
    return layout(
        request,
        title=f"{title} - {SITE}",
        body_class="com-content view-article",
        itemid=itemid,
        component=article_markup(request, story, part, printing=False),
        title_box=_page_title_box(h2, crumbs),
        meta_author=story.opts["createdby"],
    )


def print_page(request: Request, story: Story) -> Response:
    page = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head>
<base href="{esc(base_url(request) + request.path)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, nofollow" />
<meta name="author" content="{esc(story.opts['createdby'])}" />
<title>{esc(story.title)} - {SITE}</title>
<link href="/templates/shaper_helix3/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<script src="/media/system/js/caption.js?8f2b1c" type="text/javascript"></script>
</head>
<body class="contentpane modal">
<div id="system-message-container"></div>
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> In</a></div>
<div class="clearfix"></div>
{article_markup(request, story, None, printing=True)}
</body></html>"""
    return html(page)


# --- listings ---------------------------------------------------------------------------------


def _blog_item(story: Story, cls: str) -> str:
    url = article_path(story)
    thumb = story.opts.get("thumb")
    img = (
        f'<div class="entry-image intro-image"><a href="{url}"><img src="{thumb}" '
        f'alt="{esc(story.title)}" itemprop="thumbnailUrl"/></a></div>'
        if thumb
        else ""
    )
    pub = _pub(story)
    return (
        f'<article class="item {cls}" itemprop="blogPost" itemscope '
        'itemtype="http://schema.org/BlogPosting">' + img
        + '<div class="entry-header has-post-format"><span class="post-format">'
        '<i class="fa fa-thumb-tack"></i></span><dl class="article-info">'
        '<dt class="article-info-term"></dt><dd class="published"><i class="fa fa-calendar-o">'
        f'</i> <time datetime="{pub}" itemprop="datePublished" data-toggle="tooltip" '
        f'title="Ngày đăng">{lc3(pub)}</time></dd></dl>'
        f'<h2 itemprop="name"><a href="{url}" itemprop="url">{esc(story.title)}</a></h2></div>'
        f"<p>{text(intro_text(story))}</p>"
        f'<p class="readmore"><a class="btn btn-default" href="{url}" itemprop="url" '
        f'aria-label="Xem thêm: {esc(story.title)}">Xem thêm: {esc(story.title)}</a></p>'
        "</article>"
    )


def _pagination(menu: Menu, start: int, total: int) -> str:
    pages = (total + menu.per_page - 1) // menu.per_page
    if pages <= 1:
        return ""
    current = start // menu.per_page
    lis = []
    if current > 0:
        prev = (current - 1) * menu.per_page
        href = menu.path if prev == 0 else f"{menu.path}?start={prev}"
        lis.append(f'<li><a title="Đầu" href="{menu.path}">«</a></li>')
        lis.append(f'<li><a title="Trước" href="{href}">‹</a></li>')
    for n in range(pages):
        if n == current:
            lis.append(f'<li class="active"><a>{n + 1}</a></li>')
        else:
            href = menu.path if n == 0 else f"{menu.path}?start={n * menu.per_page}"
            lis.append(f'<li><a href="{href}">{n + 1}</a></li>')
    if current + 1 < pages:
        nxt = (current + 1) * menu.per_page
        lis.append(f'<li><a title="Tiếp" href="{menu.path}?start={nxt}">›</a></li>')
        lis.append(
            f'<li><a title="Cuối" href="{menu.path}?start={(pages - 1) * menu.per_page}">»</a></li>'
        )
    return (
        '<div class="pagination"><p class="counter pull-right">'
        f"Trang {current + 1} / {pages}</p><ul class=\"pagination\">" + "".join(lis) + "</ul></div>"
    )


def blog_component(menu: Menu, start: int) -> str:
    items = in_menu(menu.key)
    chunk = items[start : start + menu.per_page]
    leading, intro, links = chunk[:1], chunk[1:3], chunk[3:]
    out = ['<div class="blog" itemscope itemtype="https://schema.org/Blog">']
    if leading:
        out.append('<div class="items-leading clearfix">')
        out += [_blog_item(s, "leading-0") for s in leading]
        out.append("</div>")
    if intro:
        out.append('<div class="items-row row-0 row clearfix">')
        out += [
            f'<div class="col-sm-6">{_blog_item(s, f"column-{n + 1}")}</div>'
            for n, s in enumerate(intro)
        ]
        out.append("</div>")
    if links:
        out.append(
            '<div class="items-more"><h3>Các bài viết khác</h3><ol class="nav nav-tabs nav-stacked">'
            + "".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in links)
            + "</ol></div>"
        )
    children = [m for m in MENUS.values() if m.parent == menu.key]
    if children and start == 0:
        out.append(
            '<div class="cat-children"><h3>Danh mục con</h3>'
            + "".join(
                f'<div class="first"><h3 class="page-header item-title"><a href="{c.path}">'
                f"{esc(c.title)}</a></h3></div>"
                for c in children
            )
            + "</div>"
        )
    out.append(_pagination(menu, start, len(items)))
    out.append("</div>")
    return "\n".join(out)


def _list_rows(menu: Menu) -> list[tuple[str, str, str, int]]:
    if menu.key == "vanban":
        return [(d.path, d.title, d.pub, d.hits) for d in DOC_PAGES]
    return [(article_path(s), s.title, _pub(s), hits(s)) for s in in_menu(menu.key)]


def list_component(menu: Menu, start: int, limit: int) -> str:
    rows = _list_rows(menu)
    shown = rows if limit == 0 else rows[start : start + limit]
    trs = "".join(
        f'<tr class="cat-list-row{n % 2}"><td headers="categorylist_header_title" '
        f'class="list-title"><a href="{href}">{esc(title)}</a></td>'
        f'<td headers="categorylist_header_date" class="list-date small">{dmy(pub)}</td>'
        f'<td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">'
        f"Lượt xem: {h}</span></td></tr>"
        for n, (href, title, pub, h) in enumerate(shown)
    )
    options = "".join(
        f'<option value="{v}"{" selected" if v == limit else ""}>{lab}</option>'
        for v, lab in ((2, "2"), (5, "5"), (10, "10"), (0, "Tất cả"))
    )
    pag = _pagination(menu, start, len(rows)) if limit else ""
    return (
        '<div class="category-list"><div class="content-category">'
        f'<h2>{esc(menu.title)}</h2>'
        f'<form action="{menu.path}" method="post" name="adminForm" id="adminForm" '
        'class="form-inline"><fieldset class="filters btn-toolbar clearfix">'
        '<div class="btn-group pull-right"><label for="limit" class="element-invisible">'
        'Hiển thị #</label><select id="limit" name="limit" class="inputbox input-mini" size="1" '
        f'onchange="this.form.submit()">{options}</select></div>'
        '<input type="hidden" name="filter_order" value="" />'
        '<input type="hidden" name="filter_order_Dir" value="" />'
        '<input type="hidden" name="limitstart" value="" /></fieldset>'
        '<table class="category table table-striped table-bordered table-hover"><thead><tr>'
        '<th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering'
        "('a.title','asc','', document.getElementById('adminForm'));return false;\" "
        'class="hasPopover" title="Tiêu đề">Tiêu đề</a></th>'
        '<th scope="col" id="categorylist_header_date">Ngày đăng</th>'
        '<th scope="col" id="categorylist_header_hits">Lượt xem</th></tr></thead>'
        f"<tbody>{trs}</tbody></table>{pag}</form></div></div>"
    )


def listing_page(request: Request, menu: Menu, start: int, limit: int | None = None) -> Response:
    crumbs: list[tuple[str | None, str]] = []
    if menu.parent:
        parent = MENUS[menu.parent]
        crumbs.append((parent.path, parent.title))
    crumbs.append((None, menu.title))
    if menu.layout == "blog":
        component, view = blog_component(menu, start), "view-category layout-blog"
    else:
        lim = menu.per_page if limit is None else limit
        component, view = list_component(menu, start, lim), "view-category"
    page_no = start // menu.per_page + 1
    title = menu.title + (f" - Trang {page_no}" if page_no > 1 else "")
    return layout(
        request,
        title=f"{title} - {SITE}",
        body_class=f"com-content {view}",
        itemid=menu.itemid,
        component=component,
        title_box=_page_title_box(menu.title, crumbs),
    )


# --- home and other pages ---------------------------------------------------------------------


def _home_module(title: str, href: str, stories: list[Story]) -> str:
    lis = "".join(
        f'<li><a class="mod-articles-category-title " href="{article_path(s)}">{esc(s.title)}</a>'
        f'<span class="mod-articles-category-date">{dmy(_pub(s))}</span></li>'
        for s in stories
    )
    return (
        f'<div class="sp-module "><h3 class="sp-module-title"><a href="{href}">{esc(title)}</a></h3>'
        f'<div class="sp-module-content"><ul class="category-module mod-list">{lis}</ul></div></div>'
    )


def home_page(request: Request) -> Response:
    featured = [s for s in in_menu("tintuc") if s.opts.get("featured")]
    blog = (
        '<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">'
        '<div class="items-leading clearfix">' + _blog_item(featured[0], "leading-0") + "</div>"
        '<div class="items-row cols-3 row-0 row-fluid clearfix">'
        + "".join(
            f'<div class="col-sm-4">{_blog_item(s, f"column-{n + 1}")}</div>'
            for n, s in enumerate(featured[1:])
        )
        + "</div></div>"
    )
    modules = (
        '<div class="row home-modules"><div class="col-sm-6">'
        + _home_module("Đào tạo - Bồi dưỡng", "/dao-tao-boi-duong", in_menu("daotao")[:2])
        + _home_module("Nghiên cứu - Trao đổi", "/nghien-cuu-trao-doi", in_menu("nckh")[:2])
        + '</div><div class="col-sm-6">'
        + _home_module("Thông báo", "/thong-bao", in_menu("thongbao")[:3])
        + _home_module(
            "Công đoàn - Đoàn thể",
            "/tin-tuc-su-kien/cong-doan-doan-thanh-nien",
            in_menu("congdoan")[:3],
        )
        + "</div></div>"
    )
    return layout(
        request,
        title=f"Trang chủ - {SITE}",
        body_class="com-content view-featured",
        itemid=HOME_ITEMID,
        component=blog + modules,
        title_box="",
    )


def static_article_page(request: Request, page: Page, printable: bool = False) -> Response:
    paras = "".join(f'<p style="text-align: justify;">{text(t)}</p>' for t in page.paragraphs)
    if page.doc_table:
        paras += (
            '<table class="table table-bordered" style="width: 100%;"><tbody>'
            + "".join(
                f"<tr><td><strong>{esc(k)}</strong></td><td>{esc(v)}</td></tr>"
                for k, v in page.doc_table
            )
            + "</tbody></table>"
        )
    if page.attachment:
        paras += (
            f'<p><span class="icon-download"></span> Tải về: <a href="{page.attachment[0]}" '
            f'target="_blank">{esc(page.attachment[1])}</a></p>'
        )
    component = (
        '<article class="item item-page" itemscope itemtype="http://schema.org/Article">'
        '<meta itemprop="inLanguage" content="vi-VN" />'
        '<div class="entry-header has-post-format"><span class="post-format">'
        '<i class="fa fa-thumb-tack"></i></span><dl class="article-info">'
        '<dt class="article-info-term"></dt><dd class="createdby" itemprop="author" itemscope '
        'itemtype="http://schema.org/Person"><i class="fa fa-user"></i> <span itemprop="name" '
        'data-toggle="tooltip" title="Viết bởi ">Super User</span></dd>'
        '<dd class="published"><i class="fa fa-calendar-o"></i> '
        f'<time datetime="{page.pub}" itemprop="datePublished" data-toggle="tooltip" '
        f'title="Ngày đăng">{lc3(page.pub)}</time></dd></dl>'
        f'<h2 itemprop="name">{esc(page.title)}</h2></div>'
        f'<div itemprop="articleBody">{paras}</div>'
        '<dl class="article-info muted"><dd class="hits"><span class="fa fa-eye"></span> '
        f"Lượt xem: {page.hits}</dd></dl></article>"
    )
    crumbs: list[tuple[str | None, str]] = [(h, t) for h, t in page.crumbs]
    if page.doc_table:
        crumbs.append((None, page.title))
    return layout(
        request,
        title=f"{page.title} - {SITE}",
        body_class="com-content view-article",
        itemid=121 if page.doc_table else 102,
        component=component,
        title_box=_page_title_box(page.menu_title, crumbs),
        meta_author="Super User",
    )


def contact_page(request: Request) -> Response:
    sent = request.method == "POST"
    notice = (
        '<div class="alert alert-success"><a class="close" data-dismiss="alert">×</a>'
        "<h4 class=\"alert-heading\">Thông báo</h4><div>Cảm ơn bạn đã gửi email.</div></div>"
        if sent
        else ""
    )
    component = (
        notice + '<div class="contact" itemscope itemtype="https://schema.org/Person">'
        f'<h2><span class="contact-name" itemprop="name">{SITE}</span></h2>'
        '<h3>Thông tin liên hệ</h3><dl class="contact-address dl-horizontal" itemprop="address">'
        '<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" '
        'alt="Địa chỉ: " /></span></dt><dd><span class="contact-street">Số 2 đường Lê Quý Đôn, '
        "phường Tiền Phong</span></dd><dd><span class=\"contact-suburb\">Thành phố Thái Bình"
        "</span></dd><dt><span class=\"jicons-icons\"><img src=\"/media/contacts/images/"
        'con_tel.png" alt="Điện thoại: " /></span></dt><dd><span class="contact-telephone">'
        "0227 3831 584</span></dd></dl>"
        '<h3>Mẫu liên hệ</h3><div class="contact-form">'
        f'<form id="contact-form" action="{CONTACT_PATH}" method="post" class="form-validate '
        'form-horizontal well"><fieldset><legend>Gửi email. Tất cả các trường có dấu * là bắt '
        'buộc.</legend><div class="control-group"><label id="jform_contact_name-lbl" '
        'for="jform_contact_name">Tên *</label><input type="text" name="jform[contact_name]" '
        'id="jform_contact_name" required /></div><div class="control-group"><label '
        'for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" '
        'id="jform_contact_email" required /></div><div class="control-group"><label '
        'for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" '
        'id="jform_contact_message" cols="50" rows="10" required></textarea></div>'
        '<button class="btn btn-primary validate" type="submit">Gửi email</button>'
        '<input type="hidden" name="option" value="com_contact" />'
        '<input type="hidden" name="task" value="contact.submit" />'
        '<input type="hidden" name="id" value="1:truong-chinh-tri-tinh-thai-binh" />'
        '<input type="hidden" name="8c1d2f3e4a5b6c7d8e9f0a1b2c3d4e5f" value="1" />'
        "</fieldset></form></div></div>"
    )
    return layout(
        request,
        title=f"Liên hệ - {SITE}",
        body_class="com-contact view-contact",
        itemid=120,
        component=component,
        title_box=_page_title_box("Liên hệ", [(None, "Liên hệ")]),
    )


def album_page(request: Request) -> Response:
    boxes = "".join(
        '<div class="pg-cv-box item"><div class="pg-cv-box-img pg-box1"><div class="pg-box2">'
        '<div class="pg-box3"><a class="pg-modal-button" title="Ảnh '
        f'{n:02d}" href="/images/phocagallery/k54/thumbs/phoca_thumb_l_{n:02d}.jpg" '
        'data-rel="lightbox"><img src="/images/phocagallery/k54/thumbs/phoca_thumb_m_'
        f'{n:02d}.jpg" alt="Ảnh {n:02d}" class="pg-image" /></a></div></div></div>'
        f'<div class="pg-cv-name">Khai giảng K54 - {n:02d}</div></div>'
        for n in range(1, 7)
    )
    component = (
        '<div id="phocagallery" class="pg-category-view pg-cv">'
        '<div class="page-header"><h1>Lễ khai giảng lớp TCLLCT-HC khóa 54</h1></div>'
        '<div class="pg-cv-desc">Một số hình ảnh tại lễ khai giảng ngày 02/12/2026.</div>'
        f'<div id="pg-icons"></div><div class="pg-category-view-items">{boxes}</div>'
        '<div class="ph-cb"></div><div class="pagination pagination-centered">'
        '<div class="pg-center"><div class="pg-inline">Trang 1 / 1</div></div></div></div>'
    )
    return layout(
        request,
        title=f"Lễ khai giảng lớp TCLLCT-HC khóa 54 - {SITE}",
        body_class="com-phocagallery view-category",
        itemid=122,
        component=component,
        title_box=_page_title_box(
            "Thư viện ảnh", [(None, "Thư viện ảnh"), (None, "Lễ khai giảng lớp TCLLCT-HC khóa 54")]
        ),
    )


def search_page(request: Request) -> Response:
    word = request.form.get("searchword", "") if request.method == "POST" else ""
    component = (
        '<div class="search"><h1>Tìm kiếm</h1>'
        f'<form id="searchForm" action="{SEARCH_PATH}" method="post">'
        '<div class="btn-toolbar"><div class="btn-group pull-left">'
        f'<input type="text" name="searchword" placeholder="Từ khóa tìm kiếm..." '
        f'id="search-searchword" size="30" maxlength="200" value="{esc(word)}" '
        'class="inputbox" /></div><div class="btn-group pull-left">'
        '<button name="Search" class="btn hasTooltip" title="Tìm kiếm">'
        '<span class="icon-search"></span> Tìm kiếm</button></div></div>'
        '<div class="searchintro"><p>Tổng cộng: <span class="badge badge-info">0</span> kết quả '
        "được tìm thấy.</p></div></form></div>"
    )
    return layout(
        request,
        title=f"Tìm kiếm - {SITE}",
        body_class="com-search view-search",
        itemid=HOME_ITEMID,
        component=component,
        title_box=_page_title_box("Tìm kiếm", [(None, "Tìm kiếm")]),
    )


# --- routing ----------------------------------------------------------------------------------

_ARTICLE_TAIL = re.compile(r"^(\d+)(?:-[a-z0-9-]+)?$")
_MENU_BY_PATH = {m.path: m for m in MENUS.values()}
_STATIC_PAGES = {p.path: p for p in (*INTRO_PAGES, *DOC_PAGES)}


class JoomlaHelix3Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path.rstrip("/") or "/"
        params = request.params
        if path == "/":
            return home_page(request) if not request.query else None
        if path in PDFS:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        resp = static_file(path)
        if resp is not None:
            return resp
        if path == CONTACT_PATH and not request.query:
            return contact_page(request)
        if path == SEARCH_PATH and not request.query:
            return search_page(request)
        if path == ALBUM_PATH and not request.query:
            return album_page(request)
        if path in _STATIC_PAGES and not request.query:
            return static_article_page(request, _STATIC_PAGES[path])
        if path in _MENU_BY_PATH:
            return self._listing(request, _MENU_BY_PATH[path], params)
        if path.startswith("/component/content/article/"):
            tail = path.rsplit("/", 1)[1]
            story = self._story(tail)
            if story is None or set(params) - {"catid", "Itemid"}:
                return None
            if "catid" in params and params["catid"] != str(MENUS[story.cat].catid):
                return None
            return article_page(request, story, 0, via_component=True)
        head, _, tail = path.rpartition("/")
        menu = _MENU_BY_PATH.get(head)
        story = self._story(tail)
        if menu is None or story is None or story.cat != menu.key:
            return None
        return self._article(request, story, params)

    @staticmethod
    def _story(tail: str) -> Story | None:
        m = _ARTICLE_TAIL.match(tail)
        return BY_ID.get(int(m.group(1))) if m else None

    @staticmethod
    def _article(request: Request, story: Story, params: dict[str, str]) -> Response | None:
        nparts = len(_parts(story))
        if not params:
            return article_page(request, story, 0, via_component=False)
        if params.get("tmpl") == "component" and params.get("print") == "1":
            if set(params) - {"tmpl", "print", "layout", "page"}:
                return None
            return print_page(request, story)
        if nparts > 1 and set(params) == {"showall"} and params["showall"] == "1":
            return article_page(request, story, None, via_component=False)
        if nparts > 1 and set(params) == {"start"} and params["start"].isdigit():
            part = int(params["start"])
            if part < nparts:
                return article_page(request, story, part, via_component=False)
        return None

    @staticmethod
    def _listing(request: Request, menu: Menu, params: dict[str, str]) -> Response | None:
        if set(params) - {"start"}:
            return None
        start = params.get("start", "0")
        if not start.isdigit():
            return None
        total = len(_list_rows(menu))
        n = int(start)
        if n % menu.per_page or (n and n >= total):
            return None
        limit = None
        if request.method == "POST" and menu.layout == "list":
            raw = request.form.get("limit", "")
            if raw.isdigit() and int(raw) in (0, 2, 5, 10):
                limit = int(raw)
                n = 0
        return listing_page(request, menu, n, limit)


def build_site() -> JoomlaHelix3Site:
    return JoomlaHelix3Site()


# --- gold -------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = article_path(story)
    alts = [component_path(story)] if story.id in _POPULAR else []
    if len(_parts(story)) > 1:
        alts += [f"{path}?start=1", f"{path}?showall=1"]
    if story.id == 266:
        alts.append(STALE_266)
    alts.append(print_path(story))
    return gold_record(story, path, MENUS[story.cat].title, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/lich-su-phat-trien",
    "/gioi-thieu/co-cau-to-chuc",
    CONTACT_PATH,
    ALBUM_PATH,
    *(d.path for d in DOC_PAGES),
]

assert len(GOLD) == 13
assert all(collapse(g["title"]) == g["title"] for g in GOLD)
