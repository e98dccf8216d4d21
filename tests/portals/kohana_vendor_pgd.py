"""Phòng GD&ĐT huyện Krông Ana (Đắk Lắk): a small vendor's Kohana 3 portal, still online.

Platform
    A district-office site a local vendor built on Kohana 3.2 around 2013: one ``Controller_Template``
    layout, the side boxes rendered as HMVC sub-requests (``Request::factory('widget/…')->execute()``,
    each leaves an HTML comment naming its route), view fragments for the article parts, the
    Imagefly module resizing uploads on the fly (``/imagefly/w600/media/uploads/…``), hand-rolled
    pagination, and the Kohana profiler view left switched on under the main column.

URL scheme
    ``/``                                        home: "Tin mới nhất" list + one box per category
    ``/tintuc/xem/<id>/<slug>``                  article (canonical; ``<link rel=canonical>``)
    ``/tintuc/xem/<id>``                         the same article, id only (home's "Tin mới nhất")
    ``/index.php/tintuc/xem/<id>``               the same again: Kohana's index_file left in the
                                                  "Đọc nhiều" widget's URL::site() calls
    ``/tintuc/xem/<id>/<any slug>``              the slug is ignored: an old slug still serves
    ``/tintuc/danhmuc/<catid>`` = ``…/trang/1``  category listing, 3 per page; ``…/trang/<N>``
    ``/vanban``, ``/vanban/xem/<id>``            documents (not articles)
    ``/lichcongtac/tuan/<N>``                    weekly work calendar (weeks 48 and 49 only)
    ``/gioithieu``, ``/lienhe``, ``/timkiem``    intro, contact, search (not articles)

Page templates
    layout: ``#top`` (logo, today "Thứ Bảy, 05/12/2026"), ``ul#menungang`` with ``ul.sub``
    drop-downs, ``#cottrai`` (widgets tinmoi, docnhieu, lienket, binhchon), ``#cotgiua``,
    ``#cotphai`` (văn bản mới, lịch công tác, thống kê), ``#chan`` footer, then ``div.kohana``
    (profiler). Article: ``div.khung`` > ``h1.khung_td`` (the box's name "TIN TỨC", not the
    headline) > ``div.dd`` breadcrumb > ``div.ct_tin`` > ``h2.tde`` (headline), ``div.tt_phu``
    (date in m/d/Y h:i A, views, "Tác giả", "Người đăng"), ``div.mota`` (the sapo in bold, or an
    automatic excerpt), ``div#nd_<id>.nd`` (text), ``div.cong_cu`` (tools), widget "Các tin khác".

How each gold article is reached
    Home: 241, 238 (cat 1 box), 236, 222 (cat 3), 240, 231 (cat 4), 235, 228 (cat 5); id-only
    links for 241, 240, 238, 236, 235 in "Tin mới nhất"; ``/index.php/`` links for 226, 231, 235
    in "Đọc nhiều". Listing page 1 only: 226 (cat 1), 224 (cat 4). Page 2 only: 233, 219
    (``/tintuc/danhmuc/1/trang/2``), 216 (``/tintuc/danhmuc/4/trang/2``); the pager prints only
    "« Trước | Trang x/y | Sau »". 219 is also linked under an old slug from 233's "Đọc thêm" box.

Traps
    1. Headline not in h1: ``h1.khung_td`` is the box name "TIN TỨC" on every page; the headline
       is ``h2.tde`` -> gold title is the h2 text.
    2. Dates in US order with a 12-hour clock (the vendor's ``date('m/d/Y h:i A')``):
       "Ngày đăng: 12/04/2026 02:30 PM" -> 2026-12-04T14:30:00+07:00; "10/08/2026 08:00 AM" is
       8 October (listings print "08-10-2026"; "11/27/2026" shows the order). "12:00 AM" is
       midnight -> the day alone (226: "2026-11-20").
    3. Automatic excerpt: when the editor left "mô tả" empty, ``div.mota`` prints the first 30
       words of the text cut with "…" (not bold): not a sapo (summary null) and not body; a bold
       ``div.mota`` is the sapo (summary and the body's first paragraph).
    4. Featured image repeated: ``div.mota`` starts with the first photo again as an Imagefly
       crop (``/imagefly/w180-h120-c/…``): not an article image; the photos are the
       ``/imagefly/w600/…`` ones inside ``div.nd``, gold path = their printed src (the ``<a>``
       around them points to the original upload).
    5. HMVC "Đọc thêm" widget rendered inside the text (233 after the 2nd paragraph, 224 after
       the 1st): a box of links, not body; the paragraphs after it are body.
    6. Kohana profiler left on: ``div.kohana`` tables (benchmarks, "Requests", memory) under
       the article in the main column: not body, no date.
    7. Same post under four URLs: slug form (canonical), id only, ``/index.php/…`` and an old
       slug (219) -> one record; the others are alt_paths.
    8. Plain-text article rendered with ``nl2br(HTML::chars())`` (236): no ``<p>`` at all,
       paragraphs separated by ``<br /><br />``, the byline is the last line after one
       ``<br />`` ("Nguyễn Thị Ngọc Ánh - Trường MN Hoa Sen" -> author, not body).
    9. Byline field in the meta line: "Tác giả: ThS. Lê Thị Kim Oanh" -> "Lê Thị Kim Oanh";
       "Tác giả: Hoàng Văn Dũng (Tổ Tiểu học)" -> "Hoàng Văn Dũng"; "Tác giả: BBT" -> nobody;
       "Người đăng: pgd_krongana" (CMS account) is never an author.
    10. Soft 404: the "Đọc nhiều" widget still links a deleted post (``/index.php/tintuc/xem/88``)
        which answers 200 with the layout and "Tin bài không tồn tại hoặc đã bị gỡ bỏ": no
        article.
    11. Captions three ways: after the photo behind a ``<br />`` in the same ``<p>`` (a
        caption), in a second row of a one-cell table (parentheses taken off), and "Ảnh: X"
        alone (no caption, X is a photographer); a ``title`` attribute is not a printed line.
    12. Hand-rolled pager: no page numbers, only "Sau »"/"« Trước"; page 1 has two URLs.

Gold decisions on ambiguous points
    - path = canonical = ``/tintuc/xem/<id>/<slug>``; alt_paths: the id-only, ``/index.php/``
      and old-slug forms that the site links.
    - category = the breadcrumb's last item (the category's menu name).
    - The time of "Ngày đăng" is kept (with +07:00) except 12:00 AM.
    - A closing unit line (right-aligned "Trường TH Nguyễn Văn Trỗi") is the author as printed;
      initials ("N.T.L") are kept as printed.
    - The table of results in 235 is body: one paragraph per row, cells joined by " | ".
"""

from __future__ import annotations

import re
import unicodedata

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "kohana_vendor_pgd"
PLATFORM = "Kohana 3.2 (vendor PHP, HMVC widgets, Imagefly)"
START_PATH = "/"

SITE_NAME = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KRÔNG ANA"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3

CATS: dict[int, str] = {
    1: "Tin tức - Sự kiện",
    3: "Giáo dục Mầm non",
    4: "Giáo dục Tiểu học",
    5: "Giáo dục THCS",
}

U = "/imagefly/w600/media/uploads/2026"


def slugify(title: str) -> str:
    s = title.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def right(name: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(name)}</strong></p>')


# (printed "Ngày đăng", listing date) are derived from published_at in _printed_dates
STORIES: list[Story] = [
    Story(
        id=241,
        slug="",
        title="Hội nghị tổng kết công tác chuyển đổi số ngành Giáo dục huyện Krông Ana năm 2026",
        cat="1",
        published_at="2026-12-04T14:30:00+07:00",
        summary=(
            "Chiều ngày 04/12/2026, Phòng GDĐT huyện Krông Ana tổ chức Hội nghị tổng kết công tác "
            "chuyển đổi số năm 2026 và triển khai kế hoạch năm 2027 cho các trường học trên địa bàn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự hội nghị có đồng chí Phó Chủ tịch UBND huyện, lãnh đạo Phòng GDĐT cùng 52 "
                "đồng chí hiệu trưởng, phó hiệu trưởng và nhân viên phụ trách công nghệ thông tin các "
                "trường mầm non, tiểu học, trung học cơ sở."
            ),
            Img(f"{U}/12/hoi-nghi-cds-1.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị", "br"),
            P(
                "Năm 2026, 100% trường học trong huyện đã triển khai sổ điểm điện tử, học bạ số và "
                "thu học phí không dùng tiền mặt; 38/52 trường kết nối dữ liệu với cơ sở dữ liệu ngành."
            ),
            P("Nhiệm vụ trọng tâm năm 2027", "h"),
            P("Hoàn thành học bạ số đối với tất cả học sinh tiểu học và trung học cơ sở.", "li"),
            P("Bồi dưỡng kỹ năng số cho 100% cán bộ quản lý và giáo viên.", "li"),
            P("Nâng cấp đường truyền Internet tại các điểm trường lẻ xã Dray Sáp, Ea Na.", "li"),
            Img(
                f"{U}/12/hoi-nghi-cds-2.jpg",
                "(Đồng chí Trưởng phòng GDĐT phát biểu kết luận hội nghị)",
                "Đồng chí Trưởng phòng GDĐT phát biểu kết luận hội nghị",
                "table",
            ),
            P(
                "Kết thúc hội nghị, Phòng GDĐT đã khen thưởng 6 tập thể và 11 cá nhân có thành tích "
                "xuất sắc trong công tác chuyển đổi số năm 2026."
            ),
            right("Phạm Quốc Hùng"),
        ],
        authors=["Phạm Quốc Hùng"],
    ),
    Story(
        id=238,
        slug="",
        title="Lãnh đạo huyện thăm, tặng quà học sinh có hoàn cảnh khó khăn xã Dray Sáp",
        cat="1",
        published_at="2026-11-27T09:15:00+07:00",
        summary=(
            "Sáng 26/11, đoàn công tác của huyện Krông Ana đã đến thăm, tặng 120 suất quà cho học "
            "sinh có hoàn cảnh khó khăn tại các trường học trên địa bàn xã Dray Sáp."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi suất quà gồm 10 quyển vở, bộ dụng cụ học tập, áo ấm và 300.000 đồng tiền mặt, "
                "do các nhà hảo tâm và Hội Khuyến học huyện vận động."
            ),
            P(
                "Phát biểu tại buổi trao quà, đồng chí Phó Chủ tịch UBND huyện mong các em cố gắng "
                "vượt khó, chăm ngoan, học giỏi để không phụ lòng gia đình và thầy cô."
            ),
            Img(
                f"{U}/11/trao-qua-dray-sap.jpg",
                "Lãnh đạo huyện trao quà cho học sinh xã Dray Sáp",
                "Lãnh đạo huyện trao quà cho học sinh xã Dray Sáp",
                "br",
            ),
            P(
                "Dịp này, Trường TH Dray Sáp cũng tiếp nhận 2 bộ máy tính để bàn phục vụ dạy học môn "
                "Tin học."
            ),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: H\'Hoa Byă</em></p>'),
        ],
        authors=["H'Hoa Byă"],
        photographers=["H'Hoa Byă"],
    ),
    Story(
        id=226,
        slug="",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="1",
        published_at="2026-11-20",
        blocks=[
            P(
                "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), các trường "
                "học trên địa bàn huyện Krông Ana đã tổ chức nhiều hoạt động thiết thực tri ân thầy cô."
            ),
            P(
                "Phong trào thi đua \u201cHai tốt\u201d được phát động từ đầu tháng 10 với các hội giảng, "
                "thao giảng, hội thi đồ dùng dạy học tự làm và giải bóng chuyền cán bộ, giáo viên."
            ),
            Img(f"{U}/11/ky-niem-20-11-a.jpg", "Tiết mục văn nghệ chào mừng của giáo viên", "Tiết mục văn nghệ chào mừng của giáo viên", "br"),
            P(
                "Nhân dịp này, UBND huyện tặng giấy khen cho 27 nhà giáo có nhiều đóng góp cho sự "
                "nghiệp giáo dục của huyện."
            ),
            Img(f"{U}/11/ky-niem-20-11-b.jpg", None, None, "none"),
        ],
        opts={"meta_author": "BBT"},
    ),
    Story(
        id=233,
        slug="",
        title="Phòng GDĐT Krông Ana tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện",
        cat="1",
        published_at="2026-11-18T07:45:00+07:00",
        summary=(
            "Từ ngày 16 đến 18/11/2026, Phòng GDĐT tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp "
            "huyện năm học 2026-2027 với 46 giáo viên tiểu học và trung học cơ sở dự thi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi thí sinh trình bày một giải pháp về công tác chủ nhiệm lớp và tổ chức một tiết "
                "sinh hoạt lớp theo chủ đề tại trường đăng cai là Trường THCS Phan Bội Châu."
            ),
            P(
                "Các giải pháp tập trung vào phòng chống bạo lực học đường, phối hợp với cha mẹ học "
                "sinh và giúp đỡ học sinh người dân tộc thiểu số."
            ),
            Img(
                f"{U}/11/hoi-thi-gvcn.jpg",
                "(Cô Trần Thị Hải Yến, Trường TH Lê Lợi, trong tiết sinh hoạt lớp)",
                "Cô Trần Thị Hải Yến, Trường TH Lê Lợi, trong tiết sinh hoạt lớp",
                "table",
            ),
            P(
                "Kết quả, Ban tổ chức công nhận 31 giáo viên đạt danh hiệu giáo viên chủ nhiệm lớp "
                "giỏi cấp huyện, trong đó 9 giáo viên được đề nghị tham dự hội thi cấp tỉnh."
            ),
        ],
        authors=["Lê Thị Kim Oanh"],
        opts={"meta_author": "ThS. Lê Thị Kim Oanh", "docthem": (2, [219])},
    ),
    Story(
        id=219,
        slug="",
        title="Triển khai nhiệm vụ năm học 2026-2027 đối với cán bộ quản lý các trường học",
        cat="1",
        published_at="2026-10-08T08:00:00+07:00",
        blocks=[
            P(
                "Ngày 07/10/2026, Phòng GDĐT huyện Krông Ana tổ chức hội nghị triển khai nhiệm vụ năm "
                "học 2026-2027 cho hiệu trưởng, phó hiệu trưởng các trường trực thuộc."
            ),
            P(
                "Theo kế hoạch, năm học này toàn huyện tiếp tục thực hiện Chương trình giáo dục phổ "
                "thông 2018, chú trọng dạy học ngoại ngữ, tin học và giáo dục kỹ năng sống."
            ),
            P("Một số chỉ tiêu chủ yếu", "h"),
            P("Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%;", "li"),
            P("Tỷ lệ học sinh bỏ học dưới 0,3%;", "li"),
            P("Có thêm 3 trường đạt chuẩn quốc gia.", "li"),
            P(
                "Lãnh đạo Phòng GDĐT đề nghị các đơn vị xây dựng kế hoạch giáo dục nhà trường sát với "
                "điều kiện thực tế, hoàn thành trước ngày 20/10/2026."
            ),
        ],
        opts={"old_slug": "trien-khai-nhiem-vu-nam-hoc-moi"},
    ),
    Story(
        id=236,
        slug="",
        title="Trường MN Hoa Sen tổ chức ngày hội \u201cBé vui khỏe\u201d năm 2026",
        cat="3",
        published_at="2026-11-25T15:10:00+07:00",
        blocks=[
            P(
                "Sáng ngày 24/11/2026, Trường Mầm non Hoa Sen, thị trấn Buôn Trấp tổ chức ngày hội "
                "\u201cBé vui khỏe\u201d cho gần 300 cháu các lớp mẫu giáo."
            ),
            P(
                "Các cháu tham gia các trò chơi vận động như bật qua suối nhỏ, chuyền bóng, kéo co và "
                "đi trên ván dốc dưới sự hướng dẫn của các cô giáo."
            ),
            P(
                "Ngày hội giúp các cháu rèn luyện thể lực, mạnh dạn, tự tin và biết phối hợp cùng bạn "
                "bè khi chơi."
            ),
            P("Kết thúc ngày hội, nhà trường trao 12 giải cho các đội đạt thành tích cao."),
        ],
        authors=["Nguyễn Thị Ngọc Ánh"],
        opts={"form": "nl2br", "byline_line": "Nguyễn Thị Ngọc Ánh - Trường MN Hoa Sen"},
    ),
    Story(
        id=222,
        slug="",
        title="Chuyên đề \u201cLấy trẻ làm trung tâm\u201d cụm trường mầm non số 2",
        cat="3",
        published_at="2026-10-21T10:00:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch năm học, ngày 20/10/2026 cụm chuyên môn số 2 gồm các trường mầm "
                "non xã Quảng Điền, Bình Hòa và Ea Bông tổ chức chuyên đề xây dựng trường mầm non lấy "
                "trẻ làm trung tâm tại Trường MN Họa Mi."
            ),
            P(
                "Các đại biểu đã dự hoạt động khám phá \u201cCây lúa quê em\u201d của lớp mẫu giáo 5-6 "
                "tuổi và tham quan môi trường lớp học, khu vui chơi ngoài trời của nhà trường."
            ),
            Img(f"{U}/10/chuyen-de-mn-cum-2.jpg", None, None, "title"),
            P(
                "Buổi thảo luận sau chuyên đề giúp cán bộ quản lý, giáo viên trong cụm chia sẻ kinh "
                "nghiệm tổ chức hoạt động theo hướng tôn trọng sự khác biệt của trẻ."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Trường MN Họa Mi</em></p>'),
        ],
        source="Trường MN Họa Mi",
    ),
    Story(
        id=240,
        slug="",
        title="Giao lưu \u201cTiếng Việt của chúng em\u201d dành cho học sinh dân tộc thiểu số cấp tiểu học",
        cat="4",
        published_at="2026-12-02T08:20:00+07:00",
        summary=(
            "Ngày 01/12/2026, tại Trường TH Nguyễn Văn Trỗi, Phòng GDĐT huyện Krông Ana tổ chức giao "
            "lưu \u201cTiếng Việt của chúng em\u201d cho 64 học sinh dân tộc thiểu số."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học sinh đến từ 16 trường tiểu học tham gia ba phần thi: giới thiệu bản thân, kể "
                "chuyện theo tranh và năng khiếu."
            ),
            Img(
                f"{U}/12/giao-luu-tieng-viet-1.jpg",
                "Các em học sinh tham gia phần thi kể chuyện theo tranh",
                "Các em học sinh tham gia phần thi kể chuyện theo tranh",
                "br",
            ),
            P(
                "Nhiều tiết mục hát dân ca Ê Đê, múa xoang được các em biểu diễn tự tin, để lại ấn "
                "tượng với ban giám khảo và khán giả."
            ),
            Img(f"{U}/12/giao-luu-tieng-viet-2.jpg", "Ảnh: Y Khuê Niê", None, "br"),
            P("Ban tổ chức đã trao 3 giải nhất, 6 giải nhì, 9 giải ba và 12 giải khuyến khích."),
        ],
        authors=["Hoàng Văn Dũng"],
        photographers=["Y Khuê Niê"],
        opts={"meta_author": "Hoàng Văn Dũng (Tổ Tiểu học)"},
    ),
    Story(
        id=231,
        slug="",
        title="Trường TH Nguyễn Văn Trỗi tổ chức chuyên đề dạy học môn Tin học lớp 3",
        cat="4",
        published_at="2026-11-12T13:45:00+07:00",
        blocks=[
            P(
                "Chiều 11/11/2026, Trường Tiểu học Nguyễn Văn Trỗi tổ chức chuyên đề dạy học môn Tin "
                "học lớp 3 theo Chương trình giáo dục phổ thông 2018."
            ),
            P("Tiết dạy minh họa bài \u201cSắp xếp để dễ tìm\u201d do cô Lê Thị Thu Trang thực hiện."),
            P(
                "Cô đã tổ chức cho học sinh làm việc theo nhóm, sử dụng phần mềm trình chiếu và phiếu "
                "học tập, tạo không khí học tập sôi nổi.",
                "brcont",
            ),
            Img(f"{U}/11/chuyen-de-tin-hoc-3.jpg", "Học sinh lớp 3A thực hành trên máy tính", "Học sinh lớp 3A thực hành trên máy tính", "br"),
            P(
                "Chuyên đề đã giúp giáo viên trong trường thống nhất cách tổ chức các hoạt động thực "
                "hành khi phòng máy còn thiếu thiết bị."
            ),
            right("Trường TH Nguyễn Văn Trỗi"),
        ],
        authors=["Trường TH Nguyễn Văn Trỗi"],
    ),
    Story(
        id=224,
        slug="",
        title="Kiểm tra công tác phổ cập giáo dục tiểu học tại xã Ea Na",
        cat="4",
        published_at="2026-10-29T09:00:00+07:00",
        summary=(
            "Ngày 28/10/2026, đoàn kiểm tra của Phòng GDĐT đã kiểm tra công tác phổ cập giáo dục "
            "tiểu học mức độ 3 tại xã Ea Na."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã kiểm tra hồ sơ phổ cập, sổ theo dõi trẻ trong độ tuổi và phiếu điều tra hộ "
                "gia đình tại Trường TH Ea Na và Trường TH Lý Tự Trọng."
            ),
            P(
                "Qua kiểm tra, xã Ea Na có 1.246 trẻ 6-14 tuổi; tỷ lệ trẻ 11 tuổi hoàn thành chương "
                "trình tiểu học đạt 98,7%."
            ),
            Img(
                f"{U}/10/kiem-tra-pcgd-ea-na.jpg",
                "Đoàn kiểm tra làm việc với Trường TH Ea Na",
                "Đoàn kiểm tra làm việc với Trường TH Ea Na",
                "table",
            ),
            P(
                "Đoàn đề nghị xã tiếp tục cập nhật dữ liệu trên phần mềm phổ cập trước ngày "
                "15/12/2026."
            ),
            Raw('<p style="text-align: right;"><em>Tin: Đỗ Minh Trí - Ảnh: Trần Văn Lực</em></p>'),
        ],
        authors=["Đỗ Minh Trí"],
        photographers=["Trần Văn Lực"],
        opts={"docthem": (1, [216])},
    ),
    Story(
        id=216,
        slug="",
        title="Hội thi \u201cViết chữ đẹp\u201d cấp trường năm học 2026-2027 tại Trường TH Lê Lợi",
        cat="4",
        published_at="2026-10-05T14:00:00+07:00",
        blocks=[
            P(
                "Nhằm rèn luyện cho học sinh tính cẩn thận và giữ gìn sự trong sáng của tiếng Việt, "
                "ngày 03/10/2026 Trường TH Lê Lợi tổ chức Hội thi \u201cViết chữ đẹp\u201d cấp trường."
            ),
            P("Hội thi có 75 học sinh từ lớp 1 đến lớp 5 tham gia ở hai phần: chữ đứng và chữ nghiêng."),
            Img(f"{U}/10/viet-chu-dep-le-loi.jpg", "Học sinh lớp 2 dự thi phần viết chữ đứng", "Học sinh lớp 2 dự thi phần viết chữ đứng", "br"),
            P("Nhà trường chọn 10 em có bài viết đẹp nhất để bồi dưỡng dự thi cấp huyện."),
            right("N.T.L"),
        ],
        authors=["N.T.L"],
    ),
    Story(
        id=235,
        slug="",
        title="Kết quả Hội thi Khoa học kỹ thuật cấp huyện dành cho học sinh trung học",
        cat="5",
        published_at="2026-11-23T16:05:00+07:00",
        summary=(
            "Hội thi Khoa học kỹ thuật cấp huyện năm học 2026-2027 có 21 dự án của học sinh 9 "
            "trường THCS tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các dự án thuộc các lĩnh vực kỹ thuật cơ khí, hệ thống nhúng, khoa học môi trường và "
                "khoa học xã hội - hành vi."
            ),
            P("Các dự án đạt giải nhất, nhì:", "h"),
            P("TT | Tên dự án | Trường | Giải", "row"),
            P("1 | Máy tưới cà phê tự động theo độ ẩm đất | THCS Phan Bội Châu | Nhất", "row"),
            P("2 | Thùng rác phân loại thông minh | THCS Lê Quý Đôn | Nhì", "row"),
            P("3 | Khảo sát thói quen đọc sách của học sinh Buôn Trấp | THCS Nguyễn Du | Nhì", "row"),
            P("Ban tổ chức chọn 4 dự án dự thi cấp tỉnh vào tháng 01/2027."),
        ],
        authors=["Bộ phận THCS"],
        opts={"meta_author": "Bộ phận THCS"},
    ),
    Story(
        id=228,
        slug="",
        title="Tập huấn dạy học STEM cho giáo viên trung học cơ sở",
        cat="5",
        published_at="2026-11-06T08:30:00+07:00",
        summary=(
            "Trong hai ngày 05 và 06/11/2026, 68 giáo viên các môn Khoa học tự nhiên, Công nghệ, "
            "Toán, Tin học được tập huấn về xây dựng bài học STEM."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Báo cáo viên hướng dẫn quy trình thiết kế bài học STEM, cách đánh giá sản phẩm của học "
                "sinh và tổ chức câu lạc bộ STEM trong nhà trường."
            ),
            Img(f"{U}/11/tap-huan-stem.jpg", "Giáo viên thực hành lắp mạch điện đơn giản", "Giáo viên thực hành lắp mạch điện đơn giản", "br"),
            P("Sau tập huấn, mỗi trường xây dựng ít nhất 2 bài học STEM trong học kỳ I."),
            Raw('<p style="text-align: right;"><em>Theo Sở GDĐT Đắk Lắk</em></p>'),
        ],
        source="Sở GDĐT Đắk Lắk",
    ),
]

for _s in STORIES:
    _s.slug = slugify(_s.title)

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def _by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at or "", reverse=True)


def cat_stories(cat: int) -> list[Story]:
    return _by_date([s for s in STORIES if s.cat == str(cat)])


def art_path(s: Story) -> str:
    return f"/tintuc/xem/{s.id}/{s.slug}"


def _ymd_hm(s: Story) -> tuple[int, int, int, int, int]:
    value = s.published_at or ""
    y, m, d = int(value[0:4]), int(value[5:7]), int(value[8:10])
    hh = int(value[11:13]) if len(value) > 10 else 0
    mm = int(value[14:16]) if len(value) > 10 else 0
    return y, m, d, hh, mm


def printed_date(s: Story) -> str:
    """The article page's date: PHP date('m/d/Y h:i A')."""
    y, m, d, hh, mm = _ymd_hm(s)
    h12 = hh % 12 or 12
    return f"{m:02d}/{d:02d}/{y} {h12:02d}:{mm:02d} {'PM' if hh >= 12 else 'AM'}"


def list_date(s: Story) -> str:
    y, m, d, _, _ = _ymd_hm(s)
    return f"{d:02d}-{m:02d}-{y}"


def excerpt(s: Story, words: int = 30) -> str:
    return " ".join(" ".join(s.paragraphs).split()[:words]) + "…"


# --- chrome -----------------------------------------------------------------------------------

DOCNHIEU = [226, 231, 235]


def _widget(route: str, title: str, inner: str) -> str:
    return (
        f"<!-- Request::factory('{route}')->execute() -->\n"
        f'<div class="wg" id="wg_{route.split("/")[-1]}"><div class="wg_td">{esc(title)}</div>'
        f'<div class="wg_nd">{inner}</div></div>\n'
    )


def _left() -> str:
    newest = _by_date(STORIES)[:5]
    tinmoi = "<ul>" + "".join(
        f'<li><a href="/tintuc/xem/{s.id}">{esc(s.title)}</a> <span class="ng">({list_date(s)[:5].replace("-", "/")})</span></li>'
        for s in newest
    ) + "</ul>"
    docnhieu = "<ol>" + "".join(
        f'<li><a href="/index.php/tintuc/xem/{i}">{esc(BY_ID[i].title)}</a></li>' for i in DOCNHIEU
    )
    docnhieu += '<li><a href="/index.php/tintuc/xem/88">Thông báo lịch nghỉ Tết Dương lịch 2026</a></li></ol>'
    lienket = (
        '<select onchange="if(this.value) window.open(this.value)"><option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://daklak.edu.vn">Sở GDĐT Đắk Lắk</option>'
        '<option value="https://krongana.daklak.gov.vn">UBND huyện Krông Ana</option></select>'
    )
    poll = (
        '<form action="/binhchon/gui" method="post" onsubmit="return false;"><p>Bạn đánh giá thế nào về '
        'giao diện website mới?</p><label><input type="radio" name="pa" value="1"> Đẹp, dễ dùng</label><br>'
        '<label><input type="radio" name="pa" value="2"> Bình thường</label><br>'
        '<label><input type="radio" name="pa" value="3"> Khó tìm thông tin</label><br>'
        '<input type="button" value="Bình chọn"></form>'
    )
    return (
        '<div id="cottrai">'
        + _widget("widget/tinmoi", "TIN MỚI NHẤT", tinmoi)
        + _widget("widget/docnhieu", "ĐỌC NHIỀU", docnhieu)
        + _widget("widget/lienket", "LIÊN KẾT WEBSITE", lienket)
        + _widget("widget/binhchon", "THĂM DÒ Ý KIẾN", poll)
        + "</div>"
    )


def _right() -> str:
    vb = (
        '<ul><li><a href="/vanban/xem/58">Công văn số 412/PGDĐT về việc tổ chức thi giáo viên dạy giỏi</a></li>'
        '<li><a href="/vanban/xem/57">Kế hoạch số 398/KH-PGDĐT thực hiện nhiệm vụ năm học 2026-2027</a></li>'
        '</ul><a class="xemtatca" href="/vanban">Xem tất cả »</a>'
    )
    lich = '<a href="/lichcongtac/tuan/49"><img src="/media/images/lich-cong-tac.png" alt="Lịch công tác tuần"></a>'
    thongke = (
        '<table class="tk"><tr><td>Đang online:</td><td>17</td></tr><tr><td>Hôm nay:</td><td>412</td></tr>'
        '<tr><td>Tháng này:</td><td>6.305</td></tr><tr><td>Tổng truy cập:</td><td>1.284.377</td></tr></table>'
    )
    return (
        '<div id="cotphai">'
        + _widget("widget/vanbanmoi", "VĂN BẢN MỚI", vb)
        + _widget("widget/lichtuan", "LỊCH CÔNG TÁC", lich)
        + _widget("widget/thongke", "THỐNG KÊ TRUY CẬP", thongke)
        + "</div>"
    )


def _menu() -> str:
    subs = "".join(f'<li><a href="/tintuc/danhmuc/{cid}">{esc(name)}</a></li>' for cid, name in CATS.items())
    return (
        '<ul id="menungang">'
        '<li><a href="/">Trang chủ</a></li>'
        '<li><a href="/gioithieu">Giới thiệu</a></li>'
        f'<li><a href="/tintuc/danhmuc/1">Tin tức</a><ul class="sub">{subs}</ul></li>'
        '<li><a href="/vanban">Văn bản</a></li>'
        '<li><a href="/lichcongtac/tuan/49">Lịch công tác</a></li>'
        '<li><a href="/lienhe">Liên hệ</a></li>'
        "</ul>"
    )


def _profiler(route: str) -> str:
    return (
        '<div class="kohana"><table class="profile">'
        '<tr class="group"><th class="name" colspan="5">Kohana Requests</th></tr>'
        '<tr class="headers"><th class="name">Benchmark</th><th class="min">Min</th><th class="max">Max</th>'
        '<th class="average">Average</th><th class="total">Total</th></tr>'
        f'<tr class="mark time"><th class="name">"{esc(route)}"</th><td>0.041203 s</td><td>0.041203 s</td>'
        "<td>0.041203 s</td><td>0.041203 s</td></tr>"
        '<tr class="mark memory"><th class="name">&nbsp;</th><td>1.2061 kB</td><td>1.2061 kB</td>'
        "<td>1.2061 kB</td><td>1.2061 kB</td></tr>"
        '<tr class="group"><th class="name" colspan="5">database (default)</th></tr>'
        '<tr class="mark time"><th class="name">SELECT * FROM `tintuc` WHERE `trangthai` = 1 ORDER BY `ngaydang` DESC LIMIT 5</th>'
        "<td>0.000812 s</td><td>0.000812 s</td><td>0.000812 s</td><td>0.000812 s</td></tr>"
        '<tr class="final mark time"><th class="name">Application Execution</th><td>0.058122 s</td>'
        "<td>0.071540 s</td><td>0.064831 s</td><td>0.129662 s</td></tr>"
        "</table></div>"
    )


def layout(request: Request, title: str, main: str, route: str, canonical: str | None = None) -> Response:
    canon = f'<link rel="canonical" href="{base_url(request)}{canonical}">' if canonical else ""
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} :: PGD Krông Ana</title>
<meta name="keywords" content="phòng giáo dục krông ana, đắk lắk" />
{canon}
<link rel="stylesheet" href="/media/css/style.css" type="text/css" />
<script src="/media/js/jquery-1.7.2.min.js"></script>
<script src="/media/js/menu.js"></script>
</head>
<body>
<div id="wrap">
<div id="top"><div class="ngay">{TODAY_LINE}</div>
<a href="/"><img src="/media/images/banner-pgd.jpg" alt="{esc(SITE_NAME)}" /></a>
<form id="frm_tk" action="/timkiem" method="get"><input type="text" name="tukhoa" value="" />
<input type="submit" value="Tìm" /></form></div>
{_menu()}
<div id="than">
{_left()}
<div id="cotgiua">
{main}
{_profiler(route)}
</div>
{_right()}
</div>
<div id="chan"><p><b>{esc(SITE_NAME)}</b></p>
<p>Địa chỉ: 02 Hùng Vương, thị trấn Buôn Trấp, huyện Krông Ana, tỉnh Đắk Lắk</p>
<p>Điện thoại: 0262.3637.xxx - Email: pgdkrongana@daklak.edu.vn</p>
<p>Chịu trách nhiệm: Trưởng phòng GDĐT - Thiết kế bởi DakWeb Solutions &copy; 2013</p></div>
</div>
</body>
</html>"""
    return html(page)


# --- article ----------------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    orig = img.src.replace("/imagefly/w600", "", 1)
    tag = f'<a href="{orig}" target="_blank"><img src="{img.src}" alt="" border="0" /></a>'
    if img.style == "table":
        return (
            '<table class="tbl_anh" align="center" cellpadding="3"><tbody>'
            f"<tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center;"><span style="font-size: 11px;"><i>{esc(img.printed or "")}</i></span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "title":
        t = f'<img src="{img.src}" alt="" title="Cô và trẻ trong hoạt động khám phá" border="0" />'
        return f'<p style="text-align: center;"><a href="{orig}" target="_blank">{t}</a></p>'
    if img.printed:
        return f'<p style="text-align: center;">{tag}<br /><em>{esc(img.printed)}</em></p>'
    return f'<p style="text-align: center;">{tag}</p>'


def _docthem(ids: list[int]) -> str:
    items = []
    for i in ids:
        s = BY_ID[i]
        slug = s.opts.get("old_slug", s.slug)
        items.append(f'<li><a href="/tintuc/xem/{i}/{slug}">{esc(s.title)}</a></li>')
    return (
        "<!-- Request::factory('widget/docthem')->execute() -->"
        '<div class="wg_docthem" style="float:right;width:220px;border:1px solid #ccc;margin:5px">'
        f'<b>Đọc thêm:</b><ul>{"".join(items)}</ul></div>'
    )


def _body_html(s: Story) -> str:
    if s.opts.get("form") == "nl2br":
        lines = "<br />\n<br />\n".join(esc(p.text) for p in s.blocks if isinstance(p, P))
        return f"{lines}<br />\n{esc(s.opts['byline_line'])}"
    out: list[str] = []
    doc = s.opts.get("docthem")
    count = 0
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "row"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(g.text)}</li>" for g in group) + "</ul>")
            else:
                rows = "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in g.text.split(" | ")) + "</tr>" for g in group
                )
                out.append(f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>{rows}</tbody></table>')
            count += len(group)
            continue
        if isinstance(b, P):
            if b.style == "h":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            elif b.style == "brcont":
                out[-1] = out[-1].removesuffix("</p>") + f"<br />\n{esc(b.text)}</p>"
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
            count += 1
            if doc and count == doc[0]:
                out.append(_docthem(doc[1]))
        elif isinstance(b, Img):
            out.append(_img_html(b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def article_page(request: Request, s: Story) -> Response:
    cat = int(s.cat)
    imgs = s.images
    thumb = ""
    if imgs:
        crop = imgs[0].src.replace("/imagefly/w600", "/imagefly/w180-h120-c", 1)
        thumb = f'<img class="anhdd" src="{crop}" alt="{esc(s.title)}" align="left" />'
    if s.summary and s.sapo_outside:
        mota = f'<div class="mota">{thumb}<b>{esc(s.summary)}</b></div>'
    else:
        mota = f'<div class="mota">{thumb}{esc(excerpt(s))}</div>'
    meta = f"Ngày đăng: {printed_date(s)} | Lượt xem: {s.views()}"
    if s.opts.get("meta_author"):
        meta += f" | Tác giả: {esc(s.opts['meta_author'])}"
    meta += " | Người đăng: pgd_krongana"
    others = [o for o in cat_stories(cat) if o.id != s.id][:4]
    tinkhac = "".join(
        f'<li><a href="{art_path(o)}">{esc(o.title)}</a> <span class="ng">({list_date(o)})</span></li>' for o in others
    )
    main = f"""<div class="khung">
<h1 class="khung_td">TIN TỨC</h1>
<div class="dd"><a href="/">Trang chủ</a> » <a href="/tintuc/danhmuc/1">Tin tức</a> » <a href="/tintuc/danhmuc/{cat}">{esc(CATS[cat])}</a></div>
<div class="ct_tin">
<h2 class="tde">{esc(s.title)}</h2>
<div class="tt_phu">{meta}</div>
{mota}
<div class="clr"></div>
<div id="nd_{s.id}" class="nd">
{_body_html(s)}
</div>
<div class="cong_cu"><a href="javascript:window.print();"><img src="/media/images/print.gif" alt="" /> In bài</a> |
<a href="mailto:?subject={esc(s.slug)}"><img src="/media/images/email.gif" alt="" /> Gửi email</a> |
<a href="https://www.facebook.com/sharer.php?u={base_url(request)}{art_path(s)}" target="_blank"><img src="/media/images/fb.png" alt="" /> Chia sẻ</a>
| <a href="javascript:history.back();">Quay lại</a></div>
</div>
<!-- Request::factory('widget/tinkhac/{s.id}')->execute() -->
<div class="wg_tinkhac"><div class="td_tinkhac">Các tin khác</div><ul>{tinkhac}</ul></div>
</div>"""
    return layout(request, s.title, main, f"tintuc/xem/{s.id}", canonical=art_path(s))


def soft404(request: Request) -> Response:
    main = (
        '<div class="khung"><h1 class="khung_td">TIN TỨC</h1>'
        '<div class="thongbao" style="color:red;padding:20px">Tin bài không tồn tại hoặc đã bị gỡ bỏ.'
        ' <a href="/">Về trang chủ</a></div></div>'
    )
    return layout(request, "Thông báo", main, "tintuc/xem")


# --- listings and other pages ------------------------------------------------------------------


def _item(s: Story) -> str:
    thumb = ""
    if s.images:
        crop = s.images[0].src.replace("/imagefly/w600", "/imagefly/w120-h90-c", 1)
        thumb = f'<a href="{art_path(s)}"><img src="{crop}" alt="" class="anhnho" /></a>'
    return (
        f'<div class="item">{thumb}<a class="td_item" href="{art_path(s)}">{esc(s.title)}</a>'
        f' <span class="ng">({list_date(s)})</span>'
        f'<div class="tomtat">{esc(s.summary or excerpt(s, 25))}</div><div class="clr"></div></div>'
    )


def home(request: Request) -> Response:
    boxes = []
    for cid, name in CATS.items():
        items = "".join(_item(s) for s in cat_stories(cid)[:2])
        boxes.append(
            f'<div class="khung"><h1 class="khung_td"><a href="/tintuc/danhmuc/{cid}">{esc(name.upper())}</a></h1>'
            f"{items}</div>"
        )
    main = "\n".join(boxes)
    return layout(request, "Trang chủ", main, "trangchu/index")


def listing(request: Request, cat: int, page: int) -> Response | None:
    stories = cat_stories(cat)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    pager = []
    if page > 1:
        pager.append(f'<a href="/tintuc/danhmuc/{cat}/trang/{page - 1}">« Trước</a>')
    pager.append(f"<span>Trang {page}/{pages}</span>")
    if page < pages:
        pager.append(f'<a href="/tintuc/danhmuc/{cat}/trang/{page + 1}">Sau »</a>')
    main = (
        f'<div class="khung"><h1 class="khung_td">{esc(CATS[cat].upper())}</h1>'
        f'<div class="dd"><a href="/">Trang chủ</a> » <a href="/tintuc/danhmuc/1">Tin tức</a> » {esc(CATS[cat])}</div>'
        + "".join(_item(s) for s in chunk)
        + f'<div class="phantrang">{" | ".join(pager)}</div></div>'
    )
    return layout(request, CATS[cat], main, f"tintuc/danhmuc/{cat}")


VANBAN = {
    58: (
        "Công văn số 412/PGDĐT về việc tổ chức thi giáo viên dạy giỏi cấp huyện",
        "412/PGDĐT",
        "25/11/2026",
        "/media/vanban/412-pgddt-gvdg.pdf",
    ),
    57: (
        "Kế hoạch số 398/KH-PGDĐT thực hiện nhiệm vụ năm học 2026-2027",
        "398/KH-PGDĐT",
        "02/10/2026",
        "/media/vanban/398-kh-pgddt-nhiem-vu-nam-hoc.pdf",
    ),
}


def vanban_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(v[1])}</td><td><a href="/vanban/xem/{k}">{esc(v[0])}</a></td><td>{v[2]}</td></tr>'
        for k, v in VANBAN.items()
    )
    main = (
        '<div class="khung"><h1 class="khung_td">VĂN BẢN</h1><table class="ds_vb" width="100%" border="1">'
        f"<tr><th>Số ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr>{rows}</table></div>"
    )
    return layout(request, "Văn bản", main, "vanban/index")


def vanban_page(request: Request, vid: int) -> Response:
    t, so, ngay, pdf = VANBAN[vid]
    main = (
        '<div class="khung"><h1 class="khung_td">VĂN BẢN</h1>'
        '<div class="dd"><a href="/">Trang chủ</a> » <a href="/vanban">Văn bản</a></div>'
        '<table class="ct_vb" width="100%" border="1" cellpadding="4">'
        f"<tr><td width=\"30%\">Số ký hiệu</td><td>{esc(so)}</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(t)}</td></tr>"
        f"<tr><td>Ngày ban hành</td><td>{ngay}</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Phòng GDĐT Krông Ana</td></tr>"
        f'<tr><td>File đính kèm</td><td><a href="{pdf}">Tải về</a></td></tr></table></div>'
    )
    return layout(request, t, main, f"vanban/xem/{vid}")


LICH = {
    48: (
        "23/11/2026 - 29/11/2026",
        [
            ("Thứ Hai, 23/11", "7h30: Giao ban lãnh đạo phòng"),
            ("Thứ Tư, 25/11", "Cả ngày: Kiểm tra chuyên môn Trường THCS Lê Quý Đôn"),
            ("Thứ Sáu, 27/11", "8h00: Trao quà học sinh xã Dray Sáp"),
        ],
    ),
    49: (
        "30/11/2026 - 06/12/2026",
        [
            ("Thứ Hai, 30/11", "7h30: Giao ban lãnh đạo phòng"),
            ("Thứ Ba, 01/12", "7h30: Giao lưu Tiếng Việt của chúng em tại Trường TH Nguyễn Văn Trỗi"),
            ("Thứ Năm, 03/12", "14h00: Họp Hội đồng thi đua ngành"),
            ("Thứ Sáu, 04/12", "14h00: Hội nghị tổng kết công tác chuyển đổi số"),
        ],
    ),
}


def lich_page(request: Request, week: int) -> Response:
    span, rows = LICH[week]
    nav = []
    if week - 1 in LICH:
        nav.append(f'<a href="/lichcongtac/tuan/{week - 1}">« Tuần {week - 1}</a>')
    if week + 1 in LICH:
        nav.append(f'<a href="/lichcongtac/tuan/{week + 1}">Tuần {week + 1} »</a>')
    body = "".join(f"<tr><td>{esc(d)}</td><td>{esc(w)}</td></tr>" for d, w in rows)
    main = (
        f'<div class="khung"><h1 class="khung_td">LỊCH CÔNG TÁC TUẦN {week}</h1>'
        f'<p class="tuan">Từ ngày {span}</p><table class="lich" width="100%" border="1">'
        f"<tr><th>Ngày</th><th>Nội dung</th></tr>{body}</table>"
        f'<div class="dieuhuong">{" | ".join(nav)}</div></div>'
    )
    return layout(request, f"Lịch công tác tuần {week}", main, f"lichcongtac/tuan/{week}")


def gioithieu(request: Request) -> Response:
    main = (
        '<div class="khung"><h1 class="khung_td">GIỚI THIỆU</h1><h2 class="tde">Giới thiệu Phòng GDĐT Krông Ana</h2>'
        "<p>Phòng Giáo dục và Đào tạo huyện Krông Ana là cơ quan chuyên môn thuộc UBND huyện, tham mưu "
        "quản lý nhà nước về giáo dục trên địa bàn 8 xã, thị trấn.</p>"
        "<p>Toàn huyện có 17 trường mầm non, 18 trường tiểu học, 9 trường trung học cơ sở với hơn "
        "21.000 học sinh.</p></div>"
    )
    return layout(request, "Giới thiệu", main, "gioithieu/index")


def lienhe(request: Request) -> Response:
    main = (
        '<div class="khung"><h1 class="khung_td">LIÊN HỆ</h1>'
        "<p>Phòng GDĐT huyện Krông Ana - 02 Hùng Vương, thị trấn Buôn Trấp.</p>"
        '<form action="/lienhe" method="post"><p>Họ tên: <input name="hoten" /></p>'
        '<p>Email: <input name="email" /></p><p>Nội dung: <textarea name="noidung"></textarea></p>'
        '<p><input type="submit" value="Gửi" /></p></form></div>'
    )
    return layout(request, "Liên hệ", main, "lienhe/index")


def timkiem(request: Request) -> Response:
    q = request.params.get("tukhoa", "")
    main = (
        '<div class="khung"><h1 class="khung_td">TÌM KIẾM</h1>'
        f"<p>Không tìm thấy kết quả nào cho từ khóa: <b>{esc(q)}</b></p></div>"
    )
    return layout(request, "Tìm kiếm", main, "timkiem/index")


_ART = re.compile(r"^(?:/index\.php)?/tintuc/xem/(\d+)(?:/([a-z0-9-]+))?/?$")
_CAT = re.compile(r"^/tintuc/danhmuc/(\d+)(?:/trang/(\d+))?/?$")


class KohanaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/media/", "/imagefly/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in ("/", "/index.php", "/index.php/"):
            return home(request)
        if m := _ART.match(path):
            aid = int(m.group(1))
            if aid == 88 and path.startswith("/index.php/"):
                return soft404(request)
            s = BY_ID.get(aid)
            return article_page(request, s) if s else None
        if m := _CAT.match(path):
            cat = int(m.group(1))
            if cat not in CATS:
                return None
            return listing(request, cat, int(m.group(2) or 1))
        if m := re.match(r"^/vanban/xem/(\d+)$", path):
            vid = int(m.group(1))
            return vanban_page(request, vid) if vid in VANBAN else None
        if m := re.match(r"^/lichcongtac/tuan/(\d+)$", path):
            week = int(m.group(1))
            return lich_page(request, week) if week in LICH else None
        pages = {"/vanban": vanban_list, "/gioithieu": gioithieu, "/lienhe": lienhe, "/timkiem": timkiem}
        if path in pages:
            return pages[path](request)
        return None


def build_site() -> KohanaSite:
    return KohanaSite()


# --- gold --------------------------------------------------------------------------------------

ID_ONLY = {s.id for s in _by_date(STORIES)[:5]}


def _alts(s: Story) -> list[str]:
    alts = []
    if s.id in ID_ONLY:
        alts.append(f"/tintuc/xem/{s.id}")
    if s.id in DOCNHIEU:
        alts.append(f"/index.php/tintuc/xem/{s.id}")
    if "old_slug" in s.opts:
        alts.append(f"/tintuc/xem/{s.id}/{s.opts['old_slug']}")
    return alts


GOLD = [
    gold_record(s, art_path(s), CATS[int(s.cat)], canonical_path=art_path(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioithieu",
    "/lienhe",
    "/vanban/xem/57",
    "/vanban/xem/58",
    "/lichcongtac/tuan/49",
    "/lichcongtac/tuan/48",
]
