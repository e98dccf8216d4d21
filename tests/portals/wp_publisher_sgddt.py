"""Sở Giáo dục và Đào tạo tỉnh Phú Yên on WordPress with the Publisher theme (BetterStudio).

Platform: WordPress 6.x, theme Publisher 7.x (post template 1, "blog 1" archive listings,
"modern grid" home blocks with AJAX next/prev paging), Better Ads Manager (anti-adblock mode:
the ad boxes get a random class prefix), Publisher's own share bar, inline related posts
("bs-irp") and "Bài viết liên quan / Thêm từ tác giả" tabs, Rank Math SEO (head meta, JSON-LD
``@graph``, breadcrumb), Better AMP (``/amp/…`` twins), WordPress threaded and paged comments.

URL scheme (custom permalink ``/%category%/%postname%-%post_id%.html``):
- ``/`` home: slider of the 3 newest posts, one block per category (3 newest, AJAX paging
  buttons without href), sidebar "Đọc nhiều", Better Ads widget, links, counter, poll;
- ``/<category>/`` and ``/<category>/page/<N>/``: archive, 4 posts a page ("tin-tuc" numbered
  pagination, "giao-duc-trung-hoc" Publisher's "Bài cũ hơn / Bài mới hơn" links pagination);
- ``/<category>/<slug>-<id>.html``: a post (``…html/2/`` its second page when the editor split it
  with ``<!--nextpage-->``, ``…html/comment-page-1/`` the older comments, ``…html?replytocom=N``
  the reply form); ``/amp/<category>/<slug>-<id>.html`` its AMP twin;
- ``/tag/<slug>/``, ``/author/<login>/`` (+ ``page/<N>/``): archives; ``/?s=`` search;
  ``/?p=<id>`` (Rank Math prints it as shortlink) answers 301 to the post;
- pages: ``/gioi-thieu/``, ``/co-cau-to-chuc/``, ``/lien-he/``; custom post types
  ``/van-ban/<slug>/`` (document entry), ``/thu-vien-anh/<slug>/`` (album), ``/video/<slug>/``.

How each gold article is reached: the newest three of each category from the home blocks; 4761
(tin-tuc) and 4752 (giao-duc-trung-hoc) only from page 1 of their category archive (and the
author archive); 4735 and 4720 only from page 2 of their archives (``/tin-tuc/page/2/`` by the
numbered pager, ``/giao-duc-trung-hoc/page/2/`` by "Bài cũ hơn") and the author archive's last
pages. Related-post blocks link home-page posts only; the theme's next/previous block is off.

Traps:
1. Better Ads slots inside the post text under a random class prefix ("ozfhd-…", the plugin's
   anti-adblock mode) holding a ``<p>`` of text ("TUYỂN SINH LỚP 10 …" ) or a banner ``<img>`` with
   a "Quảng cáo" line: neither is body nor image (4812, 4809, 4742).
2. Publisher's inline related posts (``div.bs-irp``) sit between paragraphs of the text, each
   other post's headline in a ``<p class="title">`` and a heading "Có thể bạn quan tâm": not body
   (4761, 4779, 4742).
3. Drop caps: the first letter of the text is a ``<span class="dropcap dropcap-simple">S</span>``
   glued to "áng …": the body reads "Sáng …" with no space (4803, 4809, 4742).
4. Lazy-loaded photos: ``src`` is an inline SVG placeholder (``data:image/svg+xml…``), the file is
   in ``data-src``/``data-srcset`` and again in a ``<noscript><img src>``: the image is the real
   file, once (4761, 4752, 4770).
5. The post's date as the theme prints it: "1 ngày trước" / "2 ngày trước" (relative) in a
   ``<time datetime>``; on two posts (4803, 4770) the meta shows only the modified date "Cập nhật
   <b>04/12/2026</b>" in ``<time class="post-published updated" datetime=modified>``: the class
   name lies, the publication instant is only in Rank Math's ``article:published_time`` and the
   JSON-LD ``datePublished``: gold is that instant.
6. A post split with ``<!--nextpage-->`` (4788): page 1 ends with a "Trang: 1 2" pager inside
   ``.entry-content`` and ``…html/2/`` carries the rest of the text and the byline/source, with
   its own Rank Math canonical: gold body joins both pages, path is page 1, page 2 an alt_path.
7. Paged comments, newest page first (4794): the post URL shows the newest comments and links
   "Bình luận cũ hơn" to ``…html/comment-page-1/#comments``, the same post again; every comment has
   a ``?replytocom=N#respond`` link (noindex page, same post): all are alt_paths of the post.
8. Category badges above the title ("term-badges") list all the post's categories alphabetically
   (4788: "Giáo dục Trung học", then "Tin tức"; 4742: "Giáo dục Trung học", "Thi - Tuyển sinh");
   the Rank Math breadcrumb and the URL give the primary category: gold category = breadcrumb.
9. The byline in the post meta and in JSON-LD is the CMS account ("Bởi quantri", "bientap"):
   nobody; the real author is the right-aligned last line ("Phòng GDTrH", "ThS. Phạm Ngọc Tuấn"
   -> "Phạm Ngọc Tuấn", "Tin, ảnh: …", "Bài, ảnh: …", "Tin: X - Ảnh: Y").
10. Publisher's shortcode columns (``bs-shortcode-row`` / ``bs-shortcode-col col-sm-6``) put two
    paragraphs side by side (4735): left column first, then right.
11. Captions three ways: WordPress ``figcaption.wp-caption-text``; a centred italic ``<p><em>(…)
    </em></p>`` under the photo (parentheses taken off); "Ảnh: Nguyễn Hoàng Vũ" as a figcaption,
    which is a photographer credit, caption None. The featured image in ``.single-featured`` (when
    the theme shows it, 4812 and 4752) is the article's first photo, without caption.
12. Home blocks page by AJAX (``a.btn-bs-pagination`` with ``data-id`` and no href, query in a
    ``<script>`` variable): older posts are reachable only through the archives' pagers.
13. Listing dates in the Vietnamese WordPress locale "Tháng Mười Một 24, 2026" (month name first,
    "F j, Y"); single posts of the plain kind print "Đăng <b>Tháng Mười Một 24, 2026</b>" with the
    full instant in ``datetime``.
14. Better AMP twins ``/amp/<category>/<slug>-<id>.html`` (``<link rel="amphtml">``), shortlink
    ``/?p=<id>`` (301): the AMP twin is an alt_path.
15. A bold lead paragraph is the sapo (4812, 4794); elsewhere Rank Math's meta description (the
    excerpt) is no sapo: summary null.
16. One post's paragraph is three lines split by ``<br>`` (4720): three paragraphs.

Gold decisions on ambiguous points:
- ``published_at`` takes the time from the page's ``<time datetime>`` / ``article:published_time``
  (the page prints the instant in its markup even where the visible text is only a day or "2 ngày
  trước"); a midnight instant (4735, "T00:00:00") is the day alone.
- A post in several pages is one article (body of all its pages in order); its later page and
  its comment pages, reply links and AMP twin are alt_paths (they serve the same article).
- The "Trang: 1 2" post pager, share bars with counters ("Chia sẻ"), tags, comment texts and the
  related tabs are not body; the table of 4788 and 4742 is body (cells joined by " | ").
- The featured image printed above the text (``size-publisher-lg`` file) is the first image;
  listing thumbnails (``a.img-holder`` with ``data-src``) are not the article's images.
- Document entries, album, video and the static pages are NON_ARTICLES; tag, author, category
  and search pages are listings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_publisher_sgddt"
PLATFORM = "WordPress + Publisher (BetterStudio), Better Ads, Rank Math SEO"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Phú Yên"
SHORT_NAME = "Sở GD&ĐT Phú Yên"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

CATS = {
    "tin-tuc": ("Tin tức", 7),
    "giao-duc-trung-hoc": ("Giáo dục Trung học", 12),
    "mam-non-tieu-hoc": ("Mầm non - Tiểu học", 14),
    "thi-tuyen-sinh": ("Thi - Tuyển sinh", 16),
}
#: which pager the archive prints
LINKS_PAGER = {"giao-duc-trung-hoc"}
TAGS = {"chuyen-doi-so": "Chuyển đổi số", "hoc-sinh-gioi": "Học sinh giỏi"}
LOGINS = {"quantri": "quantri", "bientap": "bientap"}
MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def _right(text: str, em: bool = False) -> Raw:
    inner = f"<em>{esc(text)}</em>" if em else f"<strong>{esc(text)}</strong>"
    return Raw(f'<p style="text-align: right;">{inner}</p>')


def _ad_text(adid: int) -> Raw:
    return Raw(
        f'<div class="ozfhd ozfhd-clearfix ozfhd-loc-post_inline ozfhd-align-center ozfhd-column-1 '
        f'ozfhd-hide-on-phone"><div id="ozfhd-{adid}-18374{adid % 97:02d}" class="ozfhd-container '
        f'ozfhd-type-custom_code " itemscope="" itemtype="https://schema.org/WPAdBlock" '
        f'data-adid="{adid}" data-type="custom_code"><p style="text-align: center;">'
        "<strong>TUYỂN SINH LỚP 10 NĂM HỌC 2027–2028:</strong> Tra cứu phương án tuyển sinh, "
        "lịch thi và đăng ký dự thi trực tuyến tại tuyensinh10.phuyen.edu.vn</p></div></div>"
    )


def _ad_banner(adid: int) -> Raw:
    return Raw(
        f'<div class="ozfhd ozfhd-clearfix ozfhd-loc-post_inline ozfhd-align-center ozfhd-column-1">'
        f'<div id="ozfhd-{adid}-20931" class="ozfhd-container ozfhd-type-image " itemscope="" '
        f'itemtype="https://schema.org/WPAdBlock" data-adid="{adid}" data-type="image">'
        '<a itemprop="url" class="ozfhd-link" href="https://vnedu.vn/" target="_blank" '
        'ref="sponsored"><img class="ozfhd-image" src="/wp-content/uploads/2026/09/'
        'banner-vnedu-so-lien-lac-728x90.png" alt="vnEdu - Sổ liên lạc điện tử" width="728" '
        'height="90"></a><p class="ozfhd-caption ozfhd-caption-center">Quảng cáo</p></div></div>'
    )


def _irp(*ids: int) -> Raw:
    return Raw("@@IRP:" + ",".join(str(i) for i in ids) + "@@")


STORIES: list[Story] = [
    Story(
        4812, "so-gddt-so-ket-cong-tac-thang-11-trien-khai-nhiem-vu-thang-12",
        "Sở GD&ĐT sơ kết công tác tháng 11, triển khai nhiệm vụ tháng 12/2026", "tin-tuc",
        "2026-12-04T16:20:00+07:00",
        [
            Img("/wp-content/uploads/2026/12/hoi-nghi-so-ket-thang-11-750x430.jpg", None, None, "featured"),
            P("Chiều 04/12, Sở Giáo dục và Đào tạo tổ chức hội nghị sơ kết công tác tháng 11 và "
              "triển khai nhiệm vụ trọng tâm tháng 12/2026. Đồng chí Giám đốc Sở chủ trì hội nghị.", "bold"),
            P("Tham dự hội nghị có lãnh đạo các phòng chuyên môn thuộc Sở, trưởng phòng Giáo dục và "
              "Đào tạo các huyện, thị xã, thành phố và hiệu trưởng các trường THPT trực thuộc."),
            _ad_text(48731),
            P("Trong tháng 11, toàn ngành đã tổ chức thành công các hoạt động kỷ niệm Ngày Nhà giáo "
              "Việt Nam 20/11, hoàn thành kiểm tra nội bộ đầu năm học tại 100% đơn vị và đưa vào sử "
              "dụng hệ thống học bạ số đối với cấp tiểu học."),
            P("Nhiệm vụ trọng tâm tháng 12", "h3"),
            P("Hội nghị thống nhất tập trung ôn tập, tổ chức kiểm tra cuối học kỳ I nghiêm túc, đúng "
              "quy chế; chuẩn bị các điều kiện tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 và "
              "đẩy mạnh chuyển đổi số trong quản lý."),
            P("Phát biểu kết luận, Giám đốc Sở đề nghị các đơn vị chủ động phương án phòng chống mưa "
              "lũ, bảo đảm an toàn cho học sinh trong mùa mưa bão."),
            _right("Văn phòng Sở"),
        ],
        authors=["Văn phòng Sở"],
        summary="Chiều 04/12, Sở Giáo dục và Đào tạo tổ chức hội nghị sơ kết công tác tháng 11 và "
        "triển khai nhiệm vụ trọng tâm tháng 12/2026. Đồng chí Giám đốc Sở chủ trì hội nghị.",
        opts={"date": "relative", "ago": "1 ngày trước", "modified": "2026-12-04T17:02:00+07:00",
              "tags": ["chuyen-doi-so"], "login": "quantri",
              "comments": [[(31, "Trần Văn Bình", "05/12/2026 lúc 07:12",
                             "Đề nghị Sở sớm ban hành hướng dẫn kiểm tra cuối học kỳ I đối với "
                             "môn Giáo dục địa phương.")]]},
    ),
    Story(
        4803, "khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs",
        "Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026–2027", "tin-tuc",
        "2026-12-02T09:05:00+07:00",
        [
            P("Sáng 02/12, tại Trường THCS Lương Thế Vinh (TP. Tuy Hòa), Sở GD&ĐT khai mạc Hội thi "
              "giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026–2027.", "dropcap"),
            P("Hội thi có 186 giáo viên đến từ 9 huyện, thị xã, thành phố tham gia ở 12 môn học. Mỗi "
              "giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện hai tiết dạy "
              "thực hành trên lớp."),
            Img("/wp-content/uploads/2026/12/khai-mac-hoi-thi-gvdg-thcs.jpg",
                "Quang cảnh lễ khai mạc hội thi", "Quang cảnh lễ khai mạc hội thi", "figure"),
            P("Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, "
              "đồng thời lan tỏa các mô hình dạy học theo định hướng phát triển phẩm chất, năng lực "
              "học sinh."),
            P("Hội thi diễn ra đến hết ngày 12/12/2026."),
            _right("Tin, ảnh: Trần Minh Khoa", em=True),
        ],
        authors=["Trần Minh Khoa"], photographers=["Trần Minh Khoa"],
        opts={"date": "updated", "modified": "2026-12-04T08:12:00+07:00", "login": "quantri"},
    ),
    Story(
        4788, "1-247-hoc-sinh-dang-ky-du-thi-chon-hoc-sinh-gioi-lop-12",
        "Toàn tỉnh có 1.247 học sinh đăng ký dự thi chọn học sinh giỏi lớp 12 cấp tỉnh", "tin-tuc",
        "2026-11-27T14:00:00+07:00",
        [
            P("Theo thống kê của Phòng Giáo dục Trung học, kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh "
              "năm học 2026–2027 có 1.247 thí sinh đăng ký, tăng 86 em so với năm học trước."),
            P("Kỳ thi được tổ chức trong hai ngày 17 và 18/12/2026 tại ba hội đồng thi: THPT Lương "
              "Văn Chánh, THPT Nguyễn Huệ và THPT Trần Phú."),
            P("Số thí sinh đăng ký theo môn", "h3"),
            P("Môn thi | Số thí sinh | Tỉ lệ (%)", "row"),
            P("Ngữ văn | 168 | 13,5", "row"),
            P("Toán | 154 | 12,3", "row"),
            P("Tiếng Anh | 201 | 16,1", "row"),
            P("So với năm trước, số thí sinh đăng ký môn Tin học tăng mạnh, chủ yếu từ các trường có "
              "lớp chuyên Tin và các trường đã triển khai dạy học STEM."),
            P("Sở GD&ĐT lưu ý các đơn vị hoàn thành việc rà soát hồ sơ dự thi trước ngày 05/12/2026 "
              "và phổ biến quy chế thi đến từng thí sinh."),
            _right("Lê Thị Thu Hà"),
            _right("Nguồn: Báo Phú Yên", em=True),
        ],
        authors=["Lê Thị Thu Hà"], source="Báo Phú Yên",
        opts={"date": "plain", "modified": "2026-11-27T15:31:00+07:00", "split": 7,
              "extra_cats": ["giao-duc-trung-hoc"], "tags": ["hoc-sinh-gioi"], "login": "quantri"},
    ),
    Story(
        4761, "truong-thcs-nguyen-du-to-chuc-ngay-hoi-stem-lan-thu-iii",
        "Trường THCS Nguyễn Du tổ chức ngày hội STEM lần thứ III", "tin-tuc",
        "2026-11-18T08:30:00+07:00",
        [
            P("Ngày 16/11, Trường THCS Nguyễn Du (thị xã Sông Cầu) tổ chức ngày hội STEM lần thứ III "
              "với sự tham gia của hơn 700 học sinh."),
            Img("/wp-content/uploads/2026/11/ngay-hoi-stem-nguyen-du-1.jpg",
                "Ảnh: Nguyễn Hoàng Vũ", None, "lazy"),
            P("Các tổ chuyên môn đã trưng bày 42 sản phẩm STEM do học sinh tự thiết kế, từ mô hình "
              "tưới cây tự động, đèn giao thông thông minh đến robot phân loại rác."),
            _irp(4803, 4812),
            P("Ban tổ chức đã trao 5 giải nhất, 8 giải nhì và 12 giải ba cho các nhóm học sinh có sản "
              "phẩm sáng tạo, tính ứng dụng cao."),
            Img("/wp-content/uploads/2026/11/ngay-hoi-stem-nguyen-du-2.jpg",
                "(Học sinh lớp 8 giới thiệu mô hình nhà kính thông minh)",
                "Học sinh lớp 8 giới thiệu mô hình nhà kính thông minh", "lazy_em"),
            P("Ngày hội là dịp để học sinh vận dụng kiến thức liên môn vào giải quyết các vấn đề "
              "thực tiễn."),
            _right("Bài, ảnh: Nguyễn Hoàng Vũ"),
        ],
        authors=["Nguyễn Hoàng Vũ"], photographers=["Nguyễn Hoàng Vũ"],
        opts={"date": "plain", "modified": "2026-11-18T08:30:00+07:00", "login": "quantri"},
    ),
    Story(
        4735, "cong-bo-quyet-dinh-bo-nhiem-can-bo-lanh-dao-cap-phong",
        "Sở GD&ĐT công bố quyết định bổ nhiệm cán bộ lãnh đạo cấp phòng", "tin-tuc",
        "2026-10-30",
        [
            P("Sáng 30/10, Sở GD&ĐT tổ chức hội nghị công bố và trao quyết định bổ nhiệm cán bộ lãnh "
              "đạo cấp phòng thuộc Sở."),
            P("Theo đó, bà Võ Thị Mỹ Hạnh, chuyên viên Phòng Giáo dục Mầm non, được bổ nhiệm giữ chức "
              "Phó Trưởng phòng Giáo dục Mầm non.", "col_left"),
            P("Ông Huỳnh Tấn Lộc, chuyên viên Phòng Giáo dục Trung học, được bổ nhiệm giữ chức Phó "
              "Trưởng phòng Giáo dục Trung học.", "col_right"),
            P("Thời hạn giữ chức vụ là 5 năm kể từ ngày 01/11/2026."),
            P("Phát biểu tại hội nghị, Giám đốc Sở đề nghị cán bộ được bổ nhiệm phát huy tinh thần "
              "trách nhiệm, cùng tập thể phòng hoàn thành tốt nhiệm vụ được giao."),
            _right("Phòng Tổ chức cán bộ"),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={"date": "plain", "instant": "2026-10-30T00:00:00+07:00",
              "modified": "2026-10-30T00:00:00+07:00", "login": "quantri"},
    ),
    Story(
        4809, "trien-khai-mo-hinh-lop-hoc-so-tai-15-truong-thpt",
        "Triển khai mô hình lớp học số tại 15 trường THPT", "giao-duc-trung-hoc",
        "2026-12-03T10:45:00+07:00",
        [
            P("Năm học 2026–2027, Sở GD&ĐT chọn 15 trường THPT triển khai thí điểm mô hình lớp học "
              "số, gắn với kế hoạch chuyển đổi số của ngành.", "dropcap"),
            P("Mỗi lớp học số được trang bị màn hình tương tác, hệ thống quản lý học tập trực tuyến "
              "và kho học liệu số dùng chung của tỉnh."),
            _ad_banner(48702),
            P("Các trường tham gia thí điểm gồm:"),
            P("THPT Lương Văn Chánh, THPT Nguyễn Huệ, THPT Nguyễn Trãi (TP. Tuy Hòa);", "li"),
            P("THPT Lê Lợi, THPT Phan Đình Phùng (thị xã Sông Cầu);", "li"),
            P("THPT Trần Quốc Tuấn, THPT Lê Trung Kiên (huyện Tuy An, Đông Hòa) và 8 trường khác.", "li"),
            P("Sau một học kỳ, Sở sẽ tổ chức đánh giá để nhân rộng mô hình trong năm học tiếp theo."),
            _ad_text(48733),
            _right("Phòng GDTrH"),
        ],
        authors=["Phòng GDTrH"],
        opts={"date": "relative", "ago": "2 ngày trước", "modified": "2026-12-03T10:45:00+07:00",
              "tags": ["chuyen-doi-so"], "login": "quantri"},
    ),
    Story(
        4794, "hoc-sinh-phu-yen-gianh-3-huy-chuong-hoi-thi-tin-hoc-tre-toan-quoc",
        "Học sinh Phú Yên giành 3 huy chương tại Hội thi Tin học trẻ toàn quốc",
        "giao-duc-trung-hoc", "2026-11-30T15:10:00+07:00",
        [
            P("Tại Hội thi Tin học trẻ toàn quốc lần thứ XXXII, đoàn Phú Yên giành 1 huy chương bạc "
              "và 2 huy chương đồng.", "bold"),
            P("Kết quả nổi bật", "h2"),
            P("Em Nguyễn Gia Bảo, học sinh lớp 11 chuyên Tin Trường THPT chuyên Lương Văn Chánh, đoạt "
              "huy chương bạc bảng C với sản phẩm phần mềm quản lý thư viện bằng mã QR."),
            Img("/wp-content/uploads/2026/11/tin-hoc-tre-toan-quoc.jpg",
                "Đoàn học sinh Phú Yên nhận giải tại hội thi",
                "Đoàn học sinh Phú Yên nhận giải tại hội thi", "figure"),
            P("Hai huy chương đồng thuộc về các em Trần Khánh Linh (THCS Lương Thế Vinh) và Phạm Đức "
              "Anh (THPT Nguyễn Huệ)."),
            P("Định hướng bồi dưỡng", "h2"),
            P("Sở GD&ĐT sẽ tiếp tục phối hợp với Tỉnh đoàn duy trì câu lạc bộ Tin học trẻ tại các "
              "trường, tạo sân chơi thường xuyên cho học sinh yêu thích công nghệ."),
            _right("ThS. Phạm Ngọc Tuấn"),
        ],
        authors=["Phạm Ngọc Tuấn"],
        summary="Tại Hội thi Tin học trẻ toàn quốc lần thứ XXXII, đoàn Phú Yên giành 1 huy chương "
        "bạc và 2 huy chương đồng.",
        opts={"date": "plain", "modified": "2026-12-01T07:40:00+07:00", "tags": ["hoc-sinh-gioi"],
              "login": "bientap",
              "comments": [
                  [(27, "Lê Hoàng Phúc", "30/11/2026 lúc 20:41",
                    "Chúc mừng các em, tự hào học sinh Phú Yên!")],
                  [(29, "Nguyễn Thị Mai", "01/12/2026 lúc 06:15",
                    "Mong Sở có thêm kinh phí cho câu lạc bộ Tin học ở các huyện miền núi.")],
              ]},
    ),
    Story(
        4779, "chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van",
        "Trường THPT Lương Văn Chánh tổ chức chuyên đề đổi mới phương pháp dạy học môn Ngữ văn",
        "giao-duc-trung-hoc", "2026-11-24T07:45:00+07:00",
        [
            P("Ngày 22/11, Trường THPT Lương Văn Chánh tổ chức chuyên đề “Dạy học đọc hiểu văn bản "
              "theo thể loại” dành cho giáo viên Ngữ văn các trường THPT khu vực TP. Tuy Hòa."),
            P("Tại chuyên đề, cô giáo Đặng Thị Ngọc Ánh thực hiện tiết dạy minh họa bài “Tràng giang” "
              "với lớp 11A2, vận dụng kỹ thuật mảnh ghép và sơ đồ tư duy."),
            _irp(4794, 4809),
            P("“Học sinh không chỉ hiểu bài thơ mà còn biết cách đọc một văn bản thơ mới theo đặc "
              "trưng thể loại”, một giáo viên dự giờ chia sẻ.", "quote"),
            P("Chuyên đề thu hút 64 giáo viên tham dự và nhiều ý kiến trao đổi về cách thiết kế câu "
              "hỏi đọc hiểu theo định hướng đánh giá năng lực."),
            _right("Trường THPT Lương Văn Chánh"),
        ],
        authors=["Trường THPT Lương Văn Chánh"],
        opts={"date": "plain", "modified": "2026-11-24T07:45:00+07:00", "login": "bientap"},
    ),
    Story(
        4752, "huong-dan-kiem-tra-danh-gia-dinh-ky-hoc-ky-i-cap-thcs-thpt",
        "Hướng dẫn kiểm tra, đánh giá định kỳ học kỳ I cấp THCS, THPT năm học 2026–2027",
        "giao-duc-trung-hoc", "2026-11-12T13:30:00+07:00",
        [
            Img("/wp-content/uploads/2026/11/kiem-tra-hoc-ky-1-750x430.jpg", None, None, "featured"),
            P("Sở GD&ĐT vừa ban hành văn bản hướng dẫn tổ chức kiểm tra, đánh giá định kỳ học kỳ I "
              "năm học 2026–2027 đối với cấp THCS và THPT."),
            P("Theo hướng dẫn, các trường chủ động xây dựng ma trận, đặc tả đề kiểm tra theo Thông tư "
              "22/2021/TT-BGDĐT; đề kiểm tra bảo đảm tỉ lệ câu hỏi vận dụng phù hợp với đối tượng học "
              "sinh."),
            Img("/wp-content/uploads/2026/11/on-tap-hoc-ky-1.jpg",
                "Học sinh Trường THPT Nguyễn Trãi ôn tập cuối kỳ",
                "Học sinh Trường THPT Nguyễn Trãi ôn tập cuối kỳ", "lazy"),
            P("Thời gian kiểm tra cuối học kỳ I hoàn thành trước ngày 10/01/2027; kết quả được cập "
              "nhật lên hệ thống cơ sở dữ liệu ngành trước ngày 15/01/2027."),
            _right("Phòng GDTrH"),
        ],
        authors=["Phòng GDTrH"],
        opts={"date": "plain", "modified": "2026-11-13T09:00:00+07:00", "login": "quantri"},
    ),
    Story(
        4720, "so-ket-5-nam-thuc-hien-chuong-trinh-gdpt-2018-cap-thpt",
        "Sơ kết 5 năm thực hiện Chương trình giáo dục phổ thông 2018 cấp THPT",
        "giao-duc-trung-hoc", "2026-10-21T09:00:00+07:00",
        [
            P("Ngày 20/10, Sở GD&ĐT tổ chức hội nghị sơ kết 5 năm thực hiện Chương trình giáo dục phổ "
              "thông 2018 đối với cấp THPT."),
            P("Báo cáo tại hội nghị cho thấy:", "br"),
            P("100% trường THPT đã xây dựng kế hoạch giáo dục nhà trường theo các cụm môn học lựa "
              "chọn;", "br"),
            P("Đội ngũ giáo viên cơ bản đáp ứng yêu cầu, song vẫn thiếu giáo viên Tin học, Âm nhạc "
              "và Mỹ thuật."),
            Img("/wp-content/uploads/2026/10/so-ket-5-nam-ct-2018.jpg",
                "Đại biểu dự hội nghị sơ kết", "Đại biểu dự hội nghị sơ kết", "figure"),
            P("Hội nghị đề xuất tăng cường đầu tư thiết bị dạy học tối thiểu và có chính sách thu hút "
              "giáo viên các môn học còn thiếu."),
            _right("Hồng Nhung"),
        ],
        authors=["Hồng Nhung"],
        opts={"date": "plain", "modified": "2026-10-21T09:00:00+07:00", "login": "quantri"},
    ),
    Story(
        4806, "hoi-thi-be-khoe-be-ngoan-cap-tinh-nam-2026",
        "Hội thi “Bé khỏe – Bé ngoan” cấp tỉnh năm 2026", "mam-non-tieu-hoc",
        "2026-12-03T08:00:00+07:00",
        [
            P("Ngày 02/12, Sở GD&ĐT phối hợp với UBND huyện Tây Hòa tổ chức Hội thi “Bé khỏe – Bé "
              "ngoan” cấp tỉnh dành cho trẻ mẫu giáo 5–6 tuổi."),
            Img("/wp-content/uploads/2026/12/be-khoe-be-ngoan-768x512.jpg",
                "Các bé tham gia phần thi năng khiếu", "Các bé tham gia phần thi năng khiếu", "srcset"),
            P("Hội thi có 27 đội đến từ các trường mầm non trong tỉnh, với ba phần thi: chào hỏi, năng "
              "khiếu và vận động."),
            P("Kết thúc hội thi, Ban tổ chức trao giải nhất cho đội Trường Mầm non Hoa Sen (TP. Tuy "
              "Hòa)."),
            _right("Tin: Thanh Tâm - Ảnh: Minh Quân", em=True),
        ],
        authors=["Thanh Tâm"], photographers=["Minh Quân"],
        opts={"date": "relative", "ago": "2 ngày trước", "modified": "2026-12-03T08:00:00+07:00",
              "login": "quantri"},
    ),
    Story(
        4770, "tap-huan-day-hoc-tieng-anh-cho-giao-vien-tieu-hoc",
        "Tập huấn dạy học Tiếng Anh cho giáo viên tiểu học", "mam-non-tieu-hoc",
        "2026-11-21T16:00:00+07:00",
        [
            P("Từ ngày 19 đến 21/11, Sở GD&ĐT tổ chức lớp tập huấn phương pháp dạy học Tiếng Anh theo "
              "chương trình mới cho 214 giáo viên tiểu học."),
            Img("/wp-content/uploads/2026/11/tap-huan-tieng-anh-tieu-hoc.jpg",
                "Giáo viên thực hành thiết kế hoạt động dạy học",
                "Giáo viên thực hành thiết kế hoạt động dạy học", "lazy"),
            P("Các học viên được hướng dẫn tổ chức hoạt động học tập qua trò chơi, bài hát và kể "
              "chuyện, phù hợp với tâm lý học sinh lớp 3, lớp 4."),
            P("Lớp tập huấn do các giảng viên của Trường Đại học Phú Yên trực tiếp hướng dẫn."),
            _right("Theo Cổng TTĐT tỉnh Phú Yên", em=True),
        ],
        source="Cổng TTĐT tỉnh Phú Yên",
        opts={"date": "updated", "modified": "2026-11-28T10:30:00+07:00", "login": "quantri"},
    ),
    Story(
        4742, "lich-thi-tuyen-sinh-vao-lop-10-thpt-nam-hoc-2027-2028",
        "Lịch thi tuyển sinh vào lớp 10 THPT năm học 2027–2028", "thi-tuyen-sinh",
        "2026-11-06T11:20:00+07:00",
        [
            P("UBND tỉnh đã phê duyệt phương án tuyển sinh vào lớp 10 THPT năm học 2027–2028. Theo "
              "đó, kỳ thi được tổ chức trong hai ngày 02 và 03/6/2027.", "dropcap"),
            P("Thí sinh dự thi ba bài thi bắt buộc; thí sinh đăng ký vào Trường THPT chuyên Lương Văn "
              "Chánh dự thi thêm môn chuyên."),
            P("Ngày | Buổi | Môn thi | Thời gian làm bài", "row"),
            P("02/6/2027 | Sáng | Ngữ văn | 120 phút", "row"),
            P("02/6/2027 | Chiều | Tiếng Anh | 60 phút", "row"),
            P("03/6/2027 | Sáng | Toán | 120 phút", "row"),
            _ad_text(48735),
            _irp(4788, 4809),
            P("Sở GD&ĐT đề nghị các trường THCS tổ chức tư vấn, hướng nghiệp cho học sinh lớp 9 trước "
              "khi đăng ký nguyện vọng."),
            _right("Phòng Quản lý chất lượng"),
        ],
        authors=["Phòng Quản lý chất lượng"],
        opts={"date": "plain", "modified": "2026-11-06T11:20:00+07:00",
              "extra_cats": ["giao-duc-trung-hoc"], "login": "quantri"},
    ),
]
BY_ID = {s.id: s for s in STORIES}


def path_of(story: Story) -> str:
    return f"/{story.cat}/{story.slug}-{story.id}.html"


def instant(story: Story) -> str:
    return story.opts.get("instant") or story.published_at or ""


def _day(iso: str) -> tuple[int, int, int]:
    return int(iso[0:4]), int(iso[5:7]), int(iso[8:10])


def vi_long(iso: str) -> str:
    y, m, d = _day(iso)
    return f"{MONTHS[m - 1]} {d}, {y}"


def dmy(iso: str) -> str:
    y, m, d = _day(iso)
    return f"{d:02d}/{m:02d}/{y}"


def thumb(story: Story) -> str:
    imgs = story.images
    if imgs:
        src = imgs[0].src.rsplit(".", 1)[0]
        for suffix in ("-750x430", "-768x512"):
            src = src.removesuffix(suffix)
        return src + "-210x136.jpg"
    return "/wp-content/themes/publisher/images/default-thumb/publisher-sm.png"


def excerpt(story: Story, words: int = 28) -> str:
    first = story.paragraphs[0].split()
    return " ".join(first[:words]) + ("…" if len(first) > words else "")


def _sorted(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=instant, reverse=True)


def in_cat(cat: str) -> list[Story]:
    return _sorted([s for s in STORIES if s.cat == cat])


def story_cats(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("extra_cats", [])]


# --- chrome -----------------------------------------------------------------------------------


def _menu() -> str:
    sub_news = "".join(
        f'<li id="menu-item-{110 + tid}" class="menu-item menu-item-type-taxonomy '
        f'menu-item-object-category menu-term-{tid} better-anim-fade"><a href="/{slug}/">{esc(name)}</a></li>'
        for slug, (name, tid) in CATS.items()
        if slug != "tin-tuc"
    )
    return (
        '<nav id="menu-main" class="menu main-menu-container show-search-item menu-actions-btn-width-1"'
        ' role="navigation"><ul id="main-navigation" class="main-menu menu bsm-pure clearfix">'
        '<li id="menu-item-101" class="menu-item menu-item-type-custom menu-item-object-custom '
        'current-menu-item menu-item-home better-anim-fade"><a href="/">Trang chủ</a></li>'
        '<li id="menu-item-102" class="menu-item menu-item-has-children better-anim-fade">'
        '<a href="/gioi-thieu/">Giới thiệu</a><ul class="sub-menu">'
        '<li id="menu-item-103" class="menu-item better-anim-fade"><a href="/gioi-thieu/">Giới thiệu chung</a></li>'
        '<li id="menu-item-104" class="menu-item better-anim-fade"><a href="/co-cau-to-chuc/">Cơ cấu tổ chức</a></li>'
        "</ul></li>"
        '<li id="menu-item-107" class="menu-item menu-item-type-taxonomy menu-item-object-category '
        'menu-item-has-children menu-term-7 better-anim-fade"><a href="/tin-tuc/">Tin tức</a>'
        f'<ul class="sub-menu">{sub_news}</ul></li>'
        '<li id="menu-item-131" class="menu-item menu-item-has-children better-anim-fade">'
        '<a href="#">Văn bản</a><ul class="sub-menu"><li id="menu-item-132" class="menu-item">'
        '<a href="/van-ban/cong-van-2145-sgddt-gdtrh-huong-dan-kiem-tra-hoc-ky-i/">Công văn số '
        "2145/SGDĐT-GDTrH</a></li></ul></li>"
        '<li id="menu-item-141" class="menu-item menu-item-has-children better-anim-fade">'
        '<a href="#">Thư viện</a><ul class="sub-menu">'
        '<li id="menu-item-142" class="menu-item"><a href="/thu-vien-anh/hoi-khoe-phu-dong-tinh-phu-yen-2026/">'
        "Thư viện ảnh</a></li>"
        '<li id="menu-item-143" class="menu-item"><a href="/video/le-khai-giang-nam-hoc-2026-2027/">Video</a></li>'
        "</ul></li>"
        '<li id="menu-item-151" class="menu-item better-anim-fade"><a href="/lien-he/">Liên hệ</a></li>'
        "</ul></nav>"
    )


def _header() -> str:
    return (
        '<div class="main-wrap content-main-wrap"><header id="header" class="site-header '
        'header-style-2 boxed" itemscope="itemscope" itemtype="https://schema.org/WPHeader">'
        '<section class="topbar topbar-style-1 hidden-xs hidden-xs"><div class="content-wrap">'
        '<div class="container"><div class="topbar-inner clearfix"><div class="section-links">'
        '<span class="topbar-date"><i class="fa fa-calendar"></i> ' + HEADER_DATE + "</span>"
        '<span class="topbar-hotline">Đường dây nóng: 0257.3842 136</span></div>'
        '<div class="section-menu"><div id="menu-top" class="menu top-menu-wrapper">'
        '<ul id="top-navigation" class="top-menu menu clearfix bsm-pure">'
        '<li class="menu-item"><a href="https://mail.phuyen.edu.vn/">Thư điện tử</a></li>'
        '<li class="menu-item"><a href="https://qlgd.phuyen.edu.vn/">CSDL ngành</a></li>'
        "</ul></div></div></div></div></div></section>"
        '<div class="header-inner"><div class="content-wrap"><div class="container"><div class="row">'
        '<div class="row-height"><div class="logo-col col-xs-12"><div class="col-inside">'
        '<div id="site-branding" class="site-branding"><p id="site-title" class="logo h1 img-logo">'
        f'<a href="/" itemprop="url" rel="home"><img id="site-logo" src="/wp-content/uploads/2026/01/'
        f'logo-sgddt-phu-yen.png" alt="{esc(SITE_NAME)}" data-bsrjs="/wp-content/uploads/2026/01/'
        f'logo-sgddt-phu-yen@2x.png"><span class="site-title">{esc(SITE_NAME)}</span></a></p></div>'
        "</div></div></div></div></div></div></div>"
        '<div id="menu-main-wrap" class="menu-main-wrap"><div class="content-wrap"><div class="container">'
        + _menu()
        + '<form role="search" method="get" class="search-form clearfix" action="/">'
        '<input type="search" class="search-field" placeholder="Tìm kiếm..." value="" name="s" '
        'title="Tìm kiếm:" autocomplete="off"><input type="submit" class="search-submit" value="Tìm kiếm">'
        "</form></div></div></div></header>"
    )


def _popular() -> str:
    items = ""
    for sid in (4812, 4794, 4742, 4806):
        s = BY_ID[sid]
        items += (
            f'<div class="listing-item listing-item-thumbnail listing-item-tb-1 main-term-{CATS[s.cat][1]}">'
            f'<div class="item-inner clearfix"><div class="featured featured-type-featured-image">'
            f'<a title="{esc(s.title)}" data-src="{thumb(s)}" class="img-holder" href="{path_of(s)}"></a>'
            f'</div><p class="title"><a href="{path_of(s)}" class="post-url post-title">{esc(s.title)}'
            f'</a></p><div class="post-meta"><span class="time"><time class="post-published updated" '
            f'datetime="{instant(s)}">{vi_long(instant(s))}</time></span></div></div></div>'
        )
    return (
        '<div id="bs-thumbnail-listing-1-2" class="h-ni w-t primary-sidebar-widget widget '
        'widget_bs-thumbnail-listing-1"><div class="section-heading sh-t1 sh-s1"><span class="h-text">'
        'Đọc nhiều</span></div><div class="bs-listing bs-listing-listing-thumbnail-1 bs-listing-single-tab">'
        f'<div class="listing listing-thumbnail listing-tb-1 clearfix columns-1">{items}</div></div></div>'
    )


def _sidebar() -> str:
    return (
        '<div class="col-sm-4 sidebar-column sidebar-column-primary"><aside id="sidebar-primary-sidebar" '
        'class="sidebar" role="complementary" aria-label="Primary Sidebar Sidebar" itemscope="itemscope" '
        'itemtype="https://schema.org/WPSideBar">'
        '<div id="better-ads-2" class="primary-sidebar-widget widget widget_better-ads">'
        '<div class="ozfhd ozfhd-clearfix ozfhd-align-center ozfhd-column-1"><div id="ozfhd-48710-3021" '
        'class="ozfhd-container ozfhd-type-image" data-adid="48710" data-type="image">'
        '<a class="ozfhd-link" href="https://dichvucong.phuyen.gov.vn/" target="_blank">'
        '<img class="ozfhd-image" src="/wp-content/uploads/2026/03/banner-dich-vu-cong-300x250.png" '
        'alt="Dịch vụ công trực tuyến"></a></div></div></div>'
        + _popular()
        + '<div id="custom_html-3" class="widget_text primary-sidebar-widget widget widget_custom_html">'
        '<div class="section-heading sh-t1 sh-s1"><span class="h-text">Liên kết website</span></div>'
        '<div class="textwidget custom-html-widget"><select onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option><option value="https://moet.gov.vn/">Bộ Giáo dục và '
        'Đào tạo</option><option value="https://www.phuyen.gov.vn/">Cổng TTĐT tỉnh Phú Yên</option>'
        '<option value="https://baophuyen.vn/">Báo Phú Yên</option></select></div></div>'
        '<div id="wp_statistics_widget-2" class="primary-sidebar-widget widget widget_wp_statistics_widget">'
        '<div class="section-heading sh-t1 sh-s1"><span class="h-text">Thống kê truy cập</span></div>'
        '<ul><li><label>Đang trực tuyến: </label>37</li><li><label>Hôm nay: </label>1.204</li>'
        "<li><label>Hôm qua: </label>1.876</li><li><label>Tổng truy cập: </label>3.482.117</li></ul></div>"
        '<div id="polls-widget-2" class="primary-sidebar-widget widget widget_polls-widget">'
        '<div class="section-heading sh-t1 sh-s1"><span class="h-text">Thăm dò ý kiến</span></div>'
        '<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" '
        'method="post"><p style="text-align: center;"><strong>Bạn đánh giá thế nào về giao diện mới của '
        'Cổng thông tin?</strong></p><ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-7" '
        'name="poll_3" value="7"><label for="poll-answer-7">Rất hài lòng</label></li><li><input type="radio" '
        'id="poll-answer-8" name="poll_3" value="8"><label for="poll-answer-8">Bình thường</label></li>'
        '</ul><p style="text-align: center;"><input type="button" name="vote" value="Bình chọn" '
        'class="Buttons" onclick="poll_vote(3);"></p></form></div></div>'
        "</aside></div>"
    )


def _footer() -> str:
    return (
        '<footer id="site-footer" class="site-footer full-width"><div class="footer-widgets light-text">'
        '<div class="content-wrap"><div class="container"><div class="row"><div class="col-sm-8">'
        '<aside id="text-2" class="footer-widget widget widget_text"><div class="textwidget">'
        f"<p><strong>{esc(SITE_NAME.upper())}</strong></p>"
        "<p>Địa chỉ: Số 08 Trần Phú, Phường 7, TP. Tuy Hòa, tỉnh Phú Yên</p>"
        "<p>Điện thoại: 0257.3842 136 – Fax: 0257.3842 137 – Email: sgddt@phuyen.edu.vn</p>"
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p></div></aside></div>"
        '<div class="col-sm-4"><aside class="footer-widget widget widget_nav_menu"><ul class="menu">'
        '<li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/lien-he/">Liên hệ</a></li>'
        "</ul></aside></div></div></div></div></div>"
        '<div class="copy-footer"><div class="content-wrap"><div class="container"><div class="row">'
        '<div class="col-lg-6 copy-1">© 2026 Sở Giáo dục và Đào tạo tỉnh Phú Yên. Ghi rõ nguồn khi '
        'phát hành lại thông tin từ website này.</div><div class="col-lg-6 copy-2">Giao diện Publisher '
        "bởi BetterStudio</div></div></div></div></div></footer></div>"
        '<span class="back-top"><i class="fa fa-arrow-up"></i></span>'
        '<script type="text/javascript" src="/wp-content/themes/publisher/js/theme.min.js?ver=7.11.0"></script>'
        "</body></html>"
    )


def _page(request: Request, title: str, head: str, main: str, body_class: str) -> Response:
    doc = (
        '<!DOCTYPE html><html lang="vi" prefix="og: https://ogp.me/ns#"><head><meta charset="UTF-8">'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" '
        'content="width=device-width, initial-scale=1.0">'
        f"<title>{esc(title)}</title>"
        "<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->"
        + head
        + "<!-- /Rank Math WordPress SEO plugin -->"
        '<link rel="stylesheet" id="publisher-child-css" href="/wp-content/themes/publisher/style-7.11.0.min.css" '
        'type="text/css" media="all">'
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE_NAME)} &raquo; Feed" '
        'href="/feed/"></head>'
        f'<body class="{body_class} active-light-box ltr close-rh page-layout-2-col '
        'page-layout-2-col-right full-width active-sticky-sidebar main-menu-sticky-smart '
        'active-ajax-search single-prim-cat-7 bs-hide-ha bs-ll-a">'
        + _header()
        + '<div class="content-wrap">'
        + main
        + "</div>"
        + _footer()
    )
    return html(doc)


def _breadcrumb(items: list[tuple[str, str | None]]) -> str:
    parts = []
    for name, href in items:
        if href:
            parts.append(f'<a href="{href}">{esc(name)}</a>')
        else:
            parts.append(f'<span class="last">{esc(name)}</span>')
    sep = '<span class="separator"> &raquo; </span>'
    return (
        '<div class="container bf-breadcrumb-container"><nav aria-label="breadcrumbs" '
        f'class="rank-math-breadcrumb"><p>{sep.join(parts)}</p></nav></div>'
    )


def _seo_head(request: Request, title: str, canonical: str, desc: str | None, og_type: str = "website",
              extra: str = "") -> str:
    base = base_url(request)
    desc_tag = f'<meta name="description" content="{esc(desc)}">' if desc else ""
    return (
        desc_tag
        + '<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, '
        'max-image-preview:large">'
        f'<link rel="canonical" href="{base}{canonical}">'
        '<meta property="og:locale" content="vi_VN">'
        f'<meta property="og:type" content="{og_type}">'
        f'<meta property="og:title" content="{esc(title)}">'
        + (f'<meta property="og:description" content="{esc(desc)}">' if desc else "")
        + f'<meta property="og:url" content="{base}{canonical}">'
        f'<meta property="og:site_name" content="{esc(SITE_NAME)}">'
        + extra
    )


# --- listings ---------------------------------------------------------------------------------


def _list_item(s: Story) -> str:
    tid = CATS[s.cat][1]
    login = s.opts["login"]
    return (
        f'<article class="post-{s.id} type-post format-standard has-post-thumbnail clearfix '
        f'listing-item listing-item-blog listing-item-blog-1 main-term-{tid} bsw-7">'
        '<div class="item-inner clearfix"><div class="featured clearfix">'
        f'<div class="term-badges floated"><span class="term-badge term-{tid}"><a href="/{s.cat}/">'
        f"{esc(CATS[s.cat][0])}</a></span></div>"
        f'<a title="{esc(s.title)}" data-src="{thumb(s)}" class="img-holder" href="{path_of(s)}"></a></div>'
        f'<h2 class="title"><a href="{path_of(s)}" class="post-url post-title">{esc(s.title)}</a></h2>'
        f'<div class="post-meta"><a href="/author/{login}/" title="Xem bài viết" class="post-author-a">'
        f'<i class="post-author author">{login}</i></a><span class="time"><time class="post-published '
        f'updated" datetime="{instant(s)}">{vi_long(instant(s))}</time></span>'
        f'<a href="{path_of(s)}#respond" class="comments"><i class="fa fa-comments-o"></i> '
        f"{sum(len(p) for p in s.opts.get('comments', []))}</a></div>"
        f'<div class="post-summary">{esc(excerpt(s))}</div></div></article>'
    )


def _numbered_pager(base: str, page: int, pages: int) -> str:
    if pages < 2:
        return ""
    out = ['<div class="pagination bs-numbered-pagination" itemprop="pagination">']
    if page > 1:
        prev = base if page == 2 else f"{base}page/{page - 1}/"
        out.append(f'<a class="prev page-numbers" href="{prev}"><i class="fa fa-angle-left"></i> Trước</a>')
    for n in range(1, pages + 1):
        href = base if n == 1 else f"{base}page/{n}/"
        if n == page:
            out.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            out.append(f'<a class="page-numbers" href="{href}">{n}</a>')
    if page < pages:
        out.append(f'<a class="next page-numbers" href="{base}page/{page + 1}/">Tiếp <i class="fa fa-angle-right"></i></a>')
    out.append("</div>")
    return " ".join(out)


def _links_pager(base: str, page: int, pages: int) -> str:
    if pages < 2:
        return ""
    out = '<div class="pagination bs-links-pagination clearfix" itemprop="pagination">'
    if page < pages:
        out += (f'<div class="older"><a href="{base}page/{page + 1}/">Bài cũ hơn '
                '<i class="fa fa-angle-double-right"></i></a></div>')
    if page > 1:
        prev = base if page == 2 else f"{base}page/{page - 1}/"
        out += f'<div class="newer"><a href="{prev}"><i class="fa fa-angle-double-left"></i> Bài mới hơn</a></div>'
    return out + "</div>"


def _archive(request: Request, base: str, heading: str, pre: str, stories: list[Story], page: int,
             crumbs: list[tuple[str, str | None]], links_pager: bool = False,
             body_class: str = "archive category") -> Response | None:
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    pager = (_links_pager if links_pager else _numbered_pager)(base, page, pages)
    here = base if page == 1 else f"{base}page/{page}/"
    rel = ""
    if page > 1:
        rel += f'<link rel="prev" href="{base_url(request)}{base if page == 2 else f"{base}page/{page - 1}/"}">'
    if page < pages:
        rel += f'<link rel="next" href="{base_url(request)}{base}page/{page + 1}/">'
    title = f"{heading}{' - Trang ' + str(page) if page > 1 else ''} - {SHORT_NAME}"
    head = _seo_head(request, title, here, None, extra=rel)
    main = (
        _breadcrumb(crumbs)
        + '<div class="container layout-2-col layout-2-col-1 layout-right-sidebar"><div class="row main-section">'
        '<div class="col-sm-8 content-column"><section class="archive-title category-title with-action">'
        f'<div class="pre-title"><span>{esc(pre)}</span></div><h1 class="page-heading">'
        f'<span class="h-title">{esc(heading)}</span></h1></section>'
        '<div class="listing listing-blog listing-blog-1 clearfix columns-1">'
        + "".join(_list_item(s) for s in chunk)
        + "</div>"
        + pager
        + "</div>"
        + _sidebar()
        + "</div></div>"
    )
    return _page(request, title, head, main, body_class)


def category_page(request: Request, cat: str, page: int) -> Response | None:
    name = CATS[cat][0]
    crumbs = [("Trang chủ", "/"), (name, None)]
    return _archive(request, f"/{cat}/", name, "Xem chuyên mục", in_cat(cat), page, crumbs,
                    links_pager=cat in LINKS_PAGER)


def tag_page(request: Request, tag: str, page: int) -> Response | None:
    stories = _sorted([s for s in STORIES if tag in s.opts.get("tags", [])])
    crumbs = [("Trang chủ", "/"), (f"Thẻ: {TAGS[tag]}", None)]
    return _archive(request, f"/tag/{tag}/", TAGS[tag], "Xem thẻ", stories, page, crumbs,
                    body_class="archive tag")


def author_page(request: Request, login: str, page: int) -> Response | None:
    stories = _sorted([s for s in STORIES if s.opts["login"] == login])
    crumbs = [("Trang chủ", "/"), (f"Lưu trữ cho {login}", None)]
    return _archive(request, f"/author/{login}/", login, "Bài viết của", stories, page, crumbs,
                    body_class="archive author")


def search_page(request: Request) -> Response:
    q = request.params.get("s", "").strip()
    hits = _sorted([s for s in STORIES if q and q.lower() in s.title.lower()])[:PER_PAGE]
    title = f"Kết quả tìm kiếm cho “{q}” - {SHORT_NAME}"
    head = '<meta name="robots" content="noindex, follow">'
    items = "".join(_list_item(s) for s in hits) or '<p class="no-results">Không tìm thấy bài viết nào.</p>'
    main = (
        _breadcrumb([("Trang chủ", "/"), (f"Kết quả tìm kiếm cho {q}", None)])
        + '<div class="container"><div class="row main-section"><div class="col-sm-8 content-column">'
        f'<section class="archive-title search-title"><h1 class="page-heading"><span class="h-title">'
        f"Tìm kiếm: {esc(q)}</span></h1></section>"
        f'<div class="listing listing-blog listing-blog-1 clearfix columns-1">{items}</div></div>'
        + _sidebar()
        + "</div></div>"
    )
    return _page(request, title, head, main, "search search-results")


def _home_block(n: int, cat: str, stories: list[Story]) -> str:
    name, tid = CATS[cat]
    items = ""
    for i, s in enumerate(stories):
        big = i == 0
        items += (
            f'<article class="post-{s.id} type-post format-standard has-post-thumbnail clearfix '
            f'listing-item {"listing-item-grid listing-item-grid-1" if big else "listing-item-thumbnail listing-item-tb-1"} '
            f'main-term-{tid}"><div class="item-inner"><div class="featured clearfix">'
            f'<a title="{esc(s.title)}" data-src="{thumb(s)}" class="img-holder" href="{path_of(s)}"></a></div>'
            f'<{"h2" if big else "p"} class="title"><a href="{path_of(s)}" class="post-title post-url">'
            f'{esc(s.title)}</a></{"h2" if big else "p"}><div class="post-meta"><span class="time">'
            f'<time class="post-published updated" datetime="{instant(s)}">{vi_long(instant(s))}</time>'
            f"</span></div>"
            + (f'<div class="post-summary">{esc(excerpt(s, 20))}</div>' if big else "")
            + "</div></article>"
        )
    query = json.dumps({"query": {"category": str(tid), "limit": 3, "order_by": "date"}, "type": "wp_query",
                        "view": "Publisher_Mg1_Listing_Shortcode", "current_page": 1}, ensure_ascii=False)
    return (
        f'<div class="bs-listing bs-listing-listing-mix-1-1 bs-listing-single-tab"><p class="section-heading '
        f'sh-t1 sh-s1 main-term-{tid}"><a href="/{cat}/" class="main-link"><span class="h-text main-term-{tid}">'
        f'{esc(name)}</span></a></p><div class="bs-pagination-wrapper main-term-{tid} next_prev bs-slider-first-item">'
        f'<div class="listing listing-mix-1-1 clearfix">{items}</div></div>'
        f'<script>var bs_ajax_paginate_{n}4021 = {json.dumps(query, ensure_ascii=False)};</script>'
        f'<div class="bs-pagination bs-ajax-pagination next_prev main-term-{tid} clearfix">'
        f'<a class="btn-bs-pagination prev disabled" rel="prev" data-id="{n}4021" title="Trước">'
        '<i class="fa fa-angle-left" aria-hidden="true"></i> Trước</a>'
        f'<a class="btn-bs-pagination next" rel="next" data-id="{n}4021" title="Sau">Sau '
        '<i class="fa fa-angle-right" aria-hidden="true"></i></a></div></div>'
    )


def home_page(request: Request) -> Response:
    slider = ""
    for s in _sorted(STORIES)[:3]:
        slider += (
            f'<div class="bs-slider-item"><div class="item-content"><a title="{esc(s.title)}" '
            f'data-src="{thumb(s).replace("-210x136", "-750x430")}" class="img-cont" href="{path_of(s)}"></a>'
            f'<div class="content-container"><div class="term-badges floated"><span class="term-badge '
            f'term-{CATS[s.cat][1]}"><a href="/{s.cat}/">{esc(CATS[s.cat][0])}</a></span></div>'
            f'<h2 class="title"><a href="{path_of(s)}" class="post-url post-title">{esc(s.title)}</a></h2>'
            "</div></div></div>"
        )
    blocks = "".join(_home_block(n, cat, in_cat(cat)[:3]) for n, cat in enumerate(CATS, start=1))
    title = f"{SITE_NAME} - Cổng thông tin điện tử"
    desc = "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Phú Yên: tin tức, văn bản, thi - tuyển sinh."
    head = _seo_head(request, title, "/", desc)
    main = (
        '<div class="container"><div class="bs-slider-items-container bs-slider-2">'
        f'<div class="bs-slider-items">{slider}</div></div></div>'
        '<div class="container layout-2-col layout-2-col-1 layout-right-sidebar"><div class="row main-section">'
        f'<div class="col-sm-8 content-column">{blocks}</div>'
        + _sidebar()
        + "</div></div>"
    )
    return _page(request, title, head, main, "home page-template-default")


# --- the post ---------------------------------------------------------------------------------


_SVG = ("data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20800%20533'"
        "%3E%3C/svg%3E")


def _img_html(img: Img, n: int) -> str:
    wid = 9900 + n
    if img.style == "figure":
        return (
            f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" style="width: 800px" '
            f'class="wp-caption aligncenter"><img decoding="async" class="size-full wp-image-{wid}" '
            f'src="{img.src}" alt="" width="800" height="533">'
            f'<figcaption id="caption-attachment-{wid}" class="wp-caption-text">{esc(img.printed or "")}'
            "</figcaption></figure>"
        )
    if img.style == "srcset":
        stem = img.src.removesuffix("-768x512.jpg")
        return (
            f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" style="width: 768px" '
            f'class="wp-caption aligncenter"><img decoding="async" class="size-medium_large wp-image-{wid}" '
            f'src="{img.src}" alt="" width="768" height="512" srcset="{img.src} 768w, {stem}-300x200.jpg 300w, '
            f'{stem}-1024x683.jpg 1024w, {stem}.jpg 1280w" sizes="(max-width: 768px) 100vw, 768px">'
            f'<figcaption id="caption-attachment-{wid}" class="wp-caption-text">{esc(img.printed or "")}'
            "</figcaption></figure>"
        )
    stem = img.src.removesuffix(".jpg")
    lazy = (
        f'<img decoding="async" class="size-full wp-image-{wid} lazyload" src="{_SVG}" data-src="{img.src}" '
        f'data-srcset="{img.src} 800w, {stem}-300x200.jpg 300w" data-sizes="auto" alt="" width="800" '
        f'height="533"><noscript><img decoding="async" class="size-full wp-image-{wid}" src="{img.src}" '
        'alt="" width="800" height="533"></noscript>'
    )
    if img.style == "lazy":
        cap = (f'<figcaption id="caption-attachment-{wid}" class="wp-caption-text">{esc(img.printed)}</figcaption>'
               if img.printed else "")
        return (
            f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" style="width: 800px" '
            f'class="wp-caption aligncenter">{lazy}{cap}</figure>'
        )
    # lazy_em: the photo in its own centred paragraph, the caption an italic paragraph under it
    return (
        f'<p style="text-align: center;">{lazy}</p>'
        f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
    )


def _irp_html(ids: list[int], host_id: int) -> str:
    items = ""
    for sid in ids:
        s = BY_ID[sid]
        items += (
            f'<div class="listing-item"><a href="{path_of(s)}" class="img-holder" data-src="{thumb(s)}" '
            f'title="{esc(s.title)}"></a><p class="title"><a href="{path_of(s)}" class="post-title post-url">'
            f"{esc(s.title)}</a></p></div>"
        )
    return (
        f'<div class="bs-irp left bs-irp-thumbnail-1-full"><div class="bs-irp-heading"><span class="h-text '
        f'heading-typo">Có thể bạn quan tâm</span></div><div class="bs-pagination-wrapper main-term-none none">'
        f'<div class="listing listing-thumbnail listing-tb-1 clearfix columns-1">{items}</div></div></div>'
    )


def render_blocks(blocks: list, host_id: int) -> str:
    out: list[str] = []
    open_list = open_table = False
    br_buffer: list[str] = []
    n_img = 0
    for block in blocks:
        style = block.style if isinstance(block, P) else None
        if open_list and style != "li":
            out.append("</ul>")
            open_list = False
        if open_table and style != "row":
            out.append("</tbody></table>")
            open_table = False
        if isinstance(block, Raw):
            if block.html.startswith("@@IRP:"):
                ids = [int(x) for x in block.html[6:-2].split(",")]
                out.append(_irp_html(ids, host_id))
            else:
                out.append(block.html)
            continue
        if isinstance(block, Img):
            n_img += 1
            if block.style != "featured":
                out.append(_img_html(block, host_id * 10 + n_img))
            continue
        t = esc(block.text)
        if br_buffer or style == "br":
            br_buffer.append(t)
            if style != "br":
                out.append("<p>" + "<br>\n".join(br_buffer) + "</p>")
                br_buffer = []
            continue
        if style == "li":
            if not open_list:
                out.append("<ul>")
                open_list = True
            out.append(f"<li>{t}</li>")
        elif style == "row":
            cells = [c.strip() for c in block.text.split(" | ")]
            if not open_table:
                out.append('<table class="table" style="width: 100%; border-collapse: collapse;" border="1"><tbody>')
                open_table = True
                out.append("<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells) + "</tr>")
            else:
                out.append("<tr>" + "".join(f'<td style="text-align: center;">{esc(c)}</td>' for c in cells) + "</tr>")
        elif style in ("h2", "h3"):
            out.append(f"<{style}>{t}</{style}>")
        elif style == "bold":
            out.append(f"<p><strong>{t}</strong></p>")
        elif style == "quote":
            out.append(f"<blockquote><p><em>{t}</em></p></blockquote>")
        elif style == "dropcap":
            first, rest = block.text[0], block.text[1:]
            out.append(f'<p><span class="dropcap dropcap-simple">{esc(first)}</span>{esc(rest)}</p>')
        elif style == "col_left":
            out.append('<div class="bs-shortcode-row bs-shortcode-row-2-column row"><div class="bs-shortcode-col '
                       f'col-sm-6"><p style="text-align: justify;">{t}</p></div>')
        elif style == "col_right":
            out.append(f'<div class="bs-shortcode-col col-sm-6"><p style="text-align: justify;">{t}</p></div></div>')
        else:
            out.append(f'<p style="text-align: justify;">{t}</p>')
    if open_list:
        out.append("</ul>")
    if open_table:
        out.append("</tbody></table>")
    return "\n".join(out)


def _share(s: Story, request: Request, where: str) -> str:
    url = quote(base_url(request) + path_of(s), safe="")
    n_comments = sum(len(p) for p in s.opts.get("comments", []))
    return (
        f'<div class="post-share single-post-share {where}-share clearfix style-1"><div class="post-share-btn-group">'
        f'<a href="{path_of(s)}#comments" class="post-share-btn post-share-btn-comments comments" title="Để lại '
        f'bình luận"><i class="bf-icon fa fa-comments" aria-hidden="true"></i> <b class="number">{n_comments}</b></a>'
        f'<span class="views post-share-btn post-share-btn-views rank-default"><i class="bf-icon fa fa-eye"></i> '
        f'<b class="number">{s.views()}</b></span></div><div class="share-handler-wrap">'
        '<span class="share-handler post-share-btn rank-default"><i class="bf-icon fa fa-share-alt"></i>'
        '<b class="text">Chia sẻ</b></span>'
        f'<span class="social-item facebook"><a href="https://www.facebook.com/sharer.php?u={url}" target="_blank" '
        'rel="nofollow noreferrer" class="bs-button-el"><span class="icon"><i class="bf-icon fa fa-facebook">'
        '</i></span></a></span>'
        f'<span class="social-item zalo"><a href="https://sp.zalo.me/share_inline?d={url}" target="_blank" '
        'rel="nofollow noreferrer" class="bs-button-el"><span class="icon"><i class="bf-icon bsfi-zalo"></i>'
        "</span></a></span>"
        f'<span class="social-item print"><a href="#" onclick="window.print();return false;" class="bs-button-el">'
        '<span class="icon"><i class="bf-icon fa fa-print"></i></span><span class="item-title">In bài</span>'
        "</a></span></div></div>"
    )


def _related(s: Story) -> str:
    home_ids = {x.id for cat in CATS for x in in_cat(cat)[:3]}
    pool = [x for x in in_cat(s.cat) if x.id != s.id and x.id in home_ids]
    pool += [x for x in _sorted(STORIES) if x.id in home_ids and x.id != s.id and x not in pool]
    items = ""
    for x in pool[:3]:
        items += (
            f'<div class="post-{x.id} type-post listing-item listing-item-thumbnail listing-item-tb-2 '
            f'main-term-{CATS[x.cat][1]}"><div class="item-inner clearfix"><div class="featured featured-type-'
            f'featured-image"><a title="{esc(x.title)}" data-src="{thumb(x)}" class="img-holder" '
            f'href="{path_of(x)}"></a></div><p class="title"><a class="post-url post-title" href="{path_of(x)}">'
            f"{esc(x.title)}</a></p></div></div>"
        )
    rid = f"relatedposts_{s.id}55"
    return (
        '<div class="post-related"><div class="section-heading sh-t1 sh-s1 multi-tab">'
        f'<a href="#{rid}_1" class="main-link active" data-toggle="tab"><span class="h-text related-posts-heading">'
        f'Bài viết liên quan</span></a><a href="#{rid}_2" class="other-link" data-toggle="tab" '
        f'data-deferred-event="shown.bs.tab" data-deferred-init="{rid}_2"><span class="h-text related-posts-heading">'
        'Thêm từ tác giả</span></a></div><div class="tab-content">'
        f'<div class="tab-pane bs-tab-anim bs-tab-animated active" id="{rid}_1"><div class="bs-pagination-wrapper '
        f'main-term-none next_prev"><div class="listing listing-thumbnail listing-tb-2 clearfix scolumns-3 '
        f'simple-grid include-last-mobile">{items}</div></div></div>'
        f'<div class="tab-pane bs-tab-anim bs-tab-animated bs-deferred-container" id="{rid}_2"></div></div></div>'
    )


def _comments(s: Story, cpage: int) -> str:
    pages = s.opts.get("comments", [])
    if not pages:
        body = '<p class="no-comments">Chưa có bình luận nào.</p>'
    else:
        items = ""
        for cid, name, when, txt in pages[cpage - 1]:
            items += (
                f'<li class="comment even thread-even depth-1" id="comment-{cid}"><article id="div-comment-{cid}" '
                'class="clearfix"><div class="comment-avatar"><img alt="" src="/wp-content/themes/publisher/images/'
                'default-avatar-60.png" class="avatar avatar-60 photo" height="60" width="60"></div>'
                f'<div class="comment-meta"><cite class="comment-author">{esc(name)}</cite>'
                f'<time class="comment-published">{when}</time></div>'
                f'<div class="comment-content comment"><p>{esc(txt)}</p></div>'
                '<div class="comment-footer clearfix"><a rel="nofollow" class="comment-reply-link" '
                f'href="{path_of(s)}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{s.id}" '
                f'aria-label="Trả lời {esc(name)}">Trả lời</a></div></article></li>'
            )
        nav = ""
        if len(pages) > 1:
            if cpage > 1:
                nav += (f'<div class="nav-previous"><a href="{path_of(s)}/comment-page-{cpage - 1}/#comments">'
                        "Bình luận cũ hơn</a></div>")
            if cpage < len(pages):
                nxt = path_of(s) if cpage + 1 == len(pages) else f"{path_of(s)}/comment-page-{cpage + 1}/"
                nav += f'<div class="nav-next"><a href="{nxt}#comments">Bình luận mới hơn</a></div>'
            nav = f'<nav class="navigation comment-navigation" aria-label="Điều hướng bình luận">{nav}</nav>'
        body = f'<ol class="comment-list">{items}</ol>{nav}'
    total = sum(len(p) for p in pages)
    return (
        f'<section id="comments-template-{s.id}" class="comments-template"><div id="comments" class="comments-wrap">'
        f'<div class="section-heading sh-t1 sh-s1"><span class="h-text">{total} Bình luận</span></div>{body}</div>'
        '<div id="respond" class="comment-respond"><p id="reply-title" class="comment-reply-title">'
        '<div class="section-heading sh-t1 sh-s1"><span class="h-text">Để lại bình luận</span></div></p>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<div class="note-before"><p>Email của bạn sẽ không được hiển thị công khai.</p></div>'
        '<p class="comment-wrap"><textarea name="comment" class="comment" id="comment" cols="45" rows="10" '
        'placeholder="Nội dung bình luận"></textarea></p><p class="author-wrap"><input name="author" '
        'class="author" id="author" type="text" placeholder="Họ tên *"></p><p class="form-submit">'
        '<input name="submit" type="submit" id="comment-submit" class="comment-submit" value="Gửi bình luận">'
        f'<input type="hidden" name="comment_post_ID" value="{s.id}" id="comment_post_ID"></p></form></div></section>'
    )


def _date_meta(s: Story) -> str:
    mode = s.opts["date"]
    if mode == "relative":
        return (f'<time class="post-published updated" datetime="{instant(s)}" title="{dmy(instant(s))}">'
                f'{s.opts["ago"]}</time>')
    if mode == "updated":
        mod = s.opts["modified"]
        return f'<time class="post-published updated" datetime="{mod}">Cập nhật <b>{dmy(mod)}</b></time>'
    return f'<time class="post-published updated" datetime="{instant(s)}">Đăng <b>{vi_long(instant(s))}</b></time>'


def _schema(s: Story, request: Request, canonical: str) -> str:
    base = base_url(request)
    cats = sorted(CATS[c][0] for c in story_cats(s))
    login = s.opts["login"]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": ["GovernmentOrganization", "Organization"], "@id": f"{base}/#organization",
             "name": SITE_NAME, "url": base + "/"},
            {"@type": "WebSite", "@id": f"{base}/#website", "url": base + "/", "name": SITE_NAME,
             "inLanguage": "vi"},
            {"@type": "BreadcrumbList", "@id": f"{base}{canonical}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "item": {"@id": base + "/", "name": "Trang chủ"}},
                {"@type": "ListItem", "position": 2, "item": {"@id": f"{base}/{s.cat}/", "name": CATS[s.cat][0]}},
                {"@type": "ListItem", "position": 3, "item": {"@id": base + canonical, "name": s.title}},
            ]},
            {"@type": "Person", "@id": f"{base}/author/{login}/", "name": login,
             "url": f"{base}/author/{login}/"},
            {"@type": "NewsArticle", "headline": f"{s.title} - {SHORT_NAME}", "datePublished": instant(s),
             "dateModified": s.opts["modified"], "articleSection": ", ".join(cats),
             "author": {"@id": f"{base}/author/{login}/", "name": login},
             "publisher": {"@id": f"{base}/#organization"}, "description": excerpt(s, 30),
             "name": s.title, "@id": f"{base}{canonical}#richSnippet", "inLanguage": "vi"},
        ],
    }
    return ('<script type="application/ld+json" class="rank-math-schema">'
            + json.dumps(graph, ensure_ascii=False).replace("</", "<\\/") + "</script>")


def post_page(request: Request, s: Story, page: int = 1, cpage: int | None = None,
              replyto: int | None = None) -> Response:
    split = s.opts.get("split")
    blocks = s.blocks
    if split:
        blocks = s.blocks[:split] if page == 1 else s.blocks[split:]
    n_cpages = max(1, len(s.opts.get("comments", [])))
    cpage = cpage or n_cpages
    here = path_of(s) if page == 1 else f"{path_of(s)}/{page}/"
    canonical = here if cpage == n_cpages else f"{path_of(s)}/comment-page-{cpage}/"
    base = base_url(request)
    name = CATS[s.cat][0]
    featured = next((b for b in s.blocks if isinstance(b, Img) and b.style == "featured"), None)
    desc = excerpt(s, 30)
    og = (
        f'<meta property="article:section" content="{esc(name)}">'
        f'<meta property="og:updated_time" content="{s.opts["modified"]}">'
        + (f'<meta property="og:image" content="{base}{featured.src}">' if featured else "")
        + f'<meta property="article:published_time" content="{instant(s)}">'
        f'<meta property="article:modified_time" content="{s.opts["modified"]}">'
        '<meta name="twitter:card" content="summary_large_image">'
        f'<meta name="twitter:title" content="{esc(s.title)}">'
        '<meta name="twitter:label1" content="Viết bởi"><meta name="twitter:data1" '
        f'content="{s.opts["login"]}">'
        + _schema(s, request, canonical)
        + f'<link rel="shortlink" href="{base}/?p={s.id}">'
        + f'<link rel="amphtml" href="{base}/amp{path_of(s)}">'
    )
    head = _seo_head(request, s.title, canonical, desc, "article", og)
    if replyto is not None:
        head = head.replace('content="follow, index,', 'content="noindex, follow,', 1)
    badges = "".join(
        f'<span class="term-badge term-{CATS[c][1]}"><a href="/{c}/">{esc(CATS[c][0])}</a></span>'
        for c in sorted(story_cats(s), key=lambda c: CATS[c][0])
    )
    login = s.opts["login"]
    feat_html = ""
    if featured and page == 1:
        full = featured.src.replace("-750x430", "")
        feat_html = (
            f'<div class="single-featured"><a class="post-thumbnail open-lightbox" href="{full}">'
            f'<img width="750" height="430" src="{featured.src}" class="attachment-publisher-lg size-publisher-lg '
            f'wp-post-image" alt="{esc(s.title)}" decoding="async"></a></div>'
        )
    body = render_blocks(blocks, s.id)
    if split:
        if page == 1:
            pager = (f'<span class="post-page-numbers current" aria-current="page">1</span> '
                     f'<a href="{path_of(s)}/2/" class="post-page-numbers">2</a>')
        else:
            pager = (f'<a href="{path_of(s)}" class="post-page-numbers">1</a> '
                     '<span class="post-page-numbers current" aria-current="page">2</span>')
        body += (f'<div class="pagination bs-numbered-pagination" itemprop="pagination"><span class="labels">'
                 f"Trang: </span> {pager}</div>")
    tags = s.opts.get("tags", [])
    tag_html = ""
    if tags:
        tag_html = ('<div class="entry-terms post-tags clearfix"><span class="terms-label"><i class="fa fa-tags">'
                    "</i></span>" + "".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags)
                    + "</div>")
    main = (
        _breadcrumb([("Trang chủ", "/"), (name, f"/{s.cat}/"), (s.title, None)])
        + '<div class="container layout-2-col layout-2-col-1 layout-right-sidebar layout-bc-before">'
        '<div class="row main-section"><div class="col-sm-8 content-column"><div class="single-container">'
        f'<article id="post-{s.id}" class="post-{s.id} post type-post status-publish format-standard '
        f'has-post-thumbnail category-{s.cat} single-post-content">'
        '<div class="post-header post-tp-1-header">'
        f'<div class="term-badges floated">{badges}</div>'
        f'<h1 class="single-post-title"><span class="post-title" itemprop="headline">{esc(s.title)}</span></h1>'
        '<div class="post-meta-wrap clearfix"><div class="post-meta single-post-meta">'
        f'<a href="/author/{login}/" title="Xem bài viết" class="post-author-a post-author-avatar">'
        f'<img alt="" src="/wp-content/uploads/avatars/{login}-26x26.png" class="avatar avatar-26 photo" '
        f'height="26" width="26"><span class="post-author-name">Bởi <b>{login}</b></span></a>'
        f'<span class="time">{_date_meta(s)}</span></div></div>'
        + feat_html
        + "</div>"
        + _share(s, request, "top")
        + f'<div class="entry-content clearfix single-post-content">{body}</div>'
        + tag_html
        + _share(s, request, "bottom")
        + "</article></div>"
        + _related(s)
        + _comments(s, cpage)
        + "</div>"
        + _sidebar()
        + "</div></div>"
    )
    return _page(request, f"{s.title} - {SHORT_NAME}", head, main,
                 f"post-template-default single single-post postid-{s.id} single-format-standard")


def amp_page(request: Request, s: Story) -> Response:
    base = base_url(request)
    parts = []
    for b in s.blocks:
        if isinstance(b, P):
            parts.append(f"<p>{esc(b.text)}</p>")
        elif isinstance(b, Img):
            parts.append(f'<figure><amp-img src="{b.src}" width="800" height="533" layout="responsive"></amp-img>'
                         + (f"<figcaption>{esc(b.printed)}</figcaption>" if b.printed else "") + "</figure>")
        elif not b.html.startswith(("@@", "<div")):
            parts.append(b.html)
    doc = (
        '<!doctype html><html amp lang="vi"><head><meta charset="utf-8">'
        f"<title>{esc(s.title)} - {SHORT_NAME}</title>"
        f'<link rel="canonical" href="{base}{path_of(s)}"><meta name="viewport" content="width=device-width">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script></head>'
        '<body class="body single-post"><header class="site-header"><a href="/amp/" class="branding">'
        f"{esc(SHORT_NAME)}</a></header><main class='content'><div class='post-container'>"
        f'<h1 class="post-title">{esc(s.title)}</h1><div class="post-meta"><time datetime="{instant(s)}">'
        f"{dmy(instant(s))}</time></div><div class='post-content entry-content'>{''.join(parts)}</div>"
        f'<a href="{path_of(s)}" class="view-desktop">Xem phiên bản đầy đủ</a></div></main></body></html>'
    )
    return html(doc)


# --- non-articles -----------------------------------------------------------------------------


@dataclass
class StaticPage:
    title: str
    crumbs: list[tuple[str, str | None]]
    content: str
    body_class: str = "page-template-default page"


STATIC_PAGES = {
    "/gioi-thieu/": StaticPage(
        "Giới thiệu chung", [("Trang chủ", "/"), ("Giới thiệu chung", None)],
        "<p>Sở Giáo dục và Đào tạo tỉnh Phú Yên là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND "
        "tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p><p>Địa chỉ: Số 08 Trần Phú, "
        "Phường 7, TP. Tuy Hòa, tỉnh Phú Yên.</p>"),
    "/co-cau-to-chuc/": StaticPage(
        "Cơ cấu tổ chức", [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu/"), ("Cơ cấu tổ chức", None)],
        '<table class="table"><tbody><tr><td><strong>Ban Giám đốc</strong></td><td>Giám đốc, 03 Phó Giám đốc'
        "</td></tr><tr><td><strong>Các phòng chuyên môn</strong></td><td>Văn phòng; Phòng Tổ chức cán bộ; "
        "Phòng Kế hoạch - Tài chính; Phòng GDMN; Phòng GDTH; Phòng GDTrH; Phòng Quản lý chất lượng</td></tr>"
        "</tbody></table>"),
    "/lien-he/": StaticPage(
        "Liên hệ", [("Trang chủ", "/"), ("Liên hệ", None)],
        "<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH PHÚ YÊN</strong></p><p>Điện thoại: 0257.3842 136</p>"
        "<p>Email: sgddt@phuyen.edu.vn</p>"
        '<div class="wpcf7"><form action="/lien-he/#wpcf7-f52-o1" method="post" class="wpcf7-form">'
        '<p><label>Họ tên<br><input type="text" name="your-name"></label></p><p><label>Nội dung<br>'
        '<textarea name="your-message"></textarea></label></p><p><input type="submit" value="Gửi"></p>'
        "</form></div>"),
    "/van-ban/cong-van-2145-sgddt-gdtrh-huong-dan-kiem-tra-hoc-ky-i/": StaticPage(
        "Công văn số 2145/SGDĐT-GDTrH về hướng dẫn kiểm tra cuối học kỳ I năm học 2026–2027",
        [("Trang chủ", "/"), ("Văn bản", None), ("Công văn số 2145/SGDĐT-GDTrH", None)],
        '<table class="vb-info"><tbody><tr><th>Số/Ký hiệu</th><td>2145/SGDĐT-GDTrH</td></tr>'
        "<tr><th>Ngày ban hành</th><td>10/11/2026</td></tr><tr><th>Người ký</th><td>Phó Giám đốc</td></tr>"
        "<tr><th>Trích yếu</th><td>Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026–2027</td></tr>"
        '</tbody></table><p class="vb-file"><a href="/wp-content/uploads/2026/11/2145-sgddt-gdtrh.pdf">'
        "Tải về: 2145-sgddt-gdtrh.pdf</a></p>", "van_ban-template-default single single-van_ban"),
    "/thu-vien-anh/hoi-khoe-phu-dong-tinh-phu-yen-2026/": StaticPage(
        "Hội khỏe Phù Đổng tỉnh Phú Yên năm 2026",
        [("Trang chủ", "/"), ("Thư viện ảnh", None), ("Hội khỏe Phù Đổng tỉnh Phú Yên năm 2026", None)],
        '<div class="gallery gallery-columns-3">'
        + "".join(
            f'<figure class="gallery-item"><a href="/wp-content/uploads/2026/10/hkpd-{i}.jpg"><img src="/wp-content/'
            f'uploads/2026/10/hkpd-{i}-150x150.jpg" width="150" height="150" alt=""></a></figure>'
            for i in range(1, 7))
        + "</div>", "bs_gallery-template-default single"),
    "/video/le-khai-giang-nam-hoc-2026-2027/": StaticPage(
        "Video: Lễ khai giảng năm học 2026–2027",
        [("Trang chủ", "/"), ("Video", None), ("Lễ khai giảng năm học 2026–2027", None)],
        '<div class="bs-fitvids"><iframe title="Lễ khai giảng" width="750" height="422" '
        'src="https://www.youtube.com/embed/x8qPYk2Tb0s" frameborder="0" allowfullscreen></iframe></div>',
        "post-template-default single format-video"),
}


def static_page(request: Request, path: str) -> Response:
    p = STATIC_PAGES[path]
    head = _seo_head(request, p.title, path, None)
    main = (
        _breadcrumb(p.crumbs)
        + '<div class="container layout-2-col layout-2-col-1 layout-right-sidebar"><div class="row main-section">'
        f'<div class="col-sm-8 content-column"><article class="page single-page-content"><div class="post-header">'
        f'<h1 class="single-page-title"><span class="post-title">{esc(p.title)}</span></h1></div>'
        f'<div class="entry-content clearfix single-page-content">{p.content}</div></article></div>'
        + _sidebar()
        + "</div></div>"
    )
    return _page(request, f"{p.title} - {SHORT_NAME}", head, main, p.body_class)


# --- routing ----------------------------------------------------------------------------------


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith("/wp-content/"):
            return static_file(path)
        if path == "/":
            if "p" in params and params["p"].isdigit() and int(params["p"]) in BY_ID:
                return redirect(path_of(BY_ID[int(params["p"])]), 301)
            if "s" in params:
                return search_page(request)
            if request.query:
                return None
            return home_page(request)
        if request.query and "replytocom" not in params:
            return None
        if path in STATIC_PAGES:
            return static_page(request, path)
        parts = [x for x in path.split("/") if x]
        if parts and parts[0] == "amp" and len(parts) == 3:
            s = self._story(parts[1], parts[2])
            return amp_page(request, s) if s and path == "/amp" + path_of(s) else None
        if len(parts) >= 2 and parts[1].endswith(".html"):
            s = self._story(parts[0], parts[1])
            if s is None:
                return None
            if parts[0] != s.cat:
                return redirect(path_of(s), 301)
            rest = parts[2:]
            trailing = path.endswith("/")
            reply = None
            if "replytocom" in params:
                ids = {c[0] for page in s.opts.get("comments", []) for c in page}
                if not params["replytocom"].isdigit() or int(params["replytocom"]) not in ids or rest:
                    return None
                reply = int(params["replytocom"])
            if not rest:
                return None if trailing else post_page(request, s, replyto=reply)
            if not trailing:
                return redirect(path + "/", 301)
            if len(rest) == 1 and rest[0] == "2" and s.opts.get("split"):
                return post_page(request, s, page=2)
            n_c = len(s.opts.get("comments", []))
            if len(rest) == 1 and rest[0].startswith("comment-page-") and rest[0][13:].isdigit():
                n = int(rest[0][13:])
                if 1 <= n < n_c:
                    return post_page(request, s, cpage=n)
                if n == n_c and n_c > 1:
                    return redirect(path_of(s), 301)
            return None
        if not path.endswith("/"):
            return None
        page = 1
        if len(parts) >= 3 and parts[-2] == "page" and parts[-1].isdigit():
            page = int(parts[-1])
            if page == 1:
                return redirect("/" + "/".join(parts[:-2]) + "/", 301)
            parts = parts[:-2]
        if len(parts) == 1 and parts[0] in CATS:
            return category_page(request, parts[0], page)
        if len(parts) == 2 and parts[0] == "tag" and parts[1] in TAGS:
            return tag_page(request, parts[1], page)
        if len(parts) == 2 and parts[0] == "author" and parts[1] in LOGINS:
            return author_page(request, parts[1], page)
        return None

    @staticmethod
    def _story(cat: str, leaf: str) -> Story | None:
        if not leaf.endswith(".html"):
            return None
        stem = leaf[:-5]
        slug, _, sid = stem.rpartition("-")
        if not sid.isdigit():
            return None
        s = BY_ID.get(int(sid))
        if s is None or s.slug != slug or cat not in CATS:
            return None
        return s


def build_site() -> Site:
    return Site()


def _alt_paths(s: Story) -> list[str]:
    alts = []
    if s.opts.get("split"):
        alts.append(f"{path_of(s)}/2/")
    pages = s.opts.get("comments", [])
    for n in range(1, len(pages)):
        alts.append(f"{path_of(s)}/comment-page-{n}/")
    for page in pages:
        for c in page:
            alts.append(f"{path_of(s)}?replytocom={c[0]}")
    alts.append(f"/amp{path_of(s)}")
    return alts


GOLD = [gold_record(s, path_of(s), CATS[s.cat][0], alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = list(STATIC_PAGES)
